#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "api/hosts.h"
#include "api/shopsession.h"
#include "cli/commandlinetool.h"
#include "core/clock.h"
#include "sandbox/embeddedsandbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk-cli"_s);
    QCoreApplication::setApplicationVersion(u"" SHOPDESK_VERSION ""_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"ShopDesk on the command line.\n"
        "Credentials come from SHOPDESK_APP_KEY, SHOPDESK_APP_SECRET, SHOPDESK_ACCESS_TOKEN and "
        "SHOPDESK_SHOP_CIPHER, or use --demo for the built-in sandbox shop.\n"
        "Exit codes: 0 done, 2 usage, 3 authorization, 4 API error, 5 network."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(u"base-url"_s, u"API base URL."_s, u"url"_s, ProductionHosts::api.toString());
    const QCommandLineOption demo(u"demo"_s, u"Talk to a built-in sandbox shop instead."_s);
    parser.addOptions({baseUrl, demo});
    parser.addPositionalArgument(u"command"_s, CommandLineTool::commands().join(u" | "_s));
    parser.process(app);

    EmbeddedSandbox sandbox(SandboxOptions{});
    if (parser.isSet(demo) && !sandbox.start())
        return CommandLineTool::NetworkError;
    const ShopConnection connection = parser.isSet(demo)
        ? sandbox.demoConnection()
        : CommandLineTool::connectionFromEnvironment(QUrl(parser.value(baseUrl)));
    SystemClock clock;
    ShopSession session(connection, clock);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineTool tool(session, out, err);
    QObject::connect(&tool, &CommandLineTool::finished, &app, [](int code) { QCoreApplication::exit(code); });
    tool.run(parser.positionalArguments().value(0));
    return QCoreApplication::exec();
}

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "api/hosts.h"
#include "api/shopsession.h"
#include "cli/commandlinetool.h"
#include "core/clock.h"
#include "sandbox/embeddedsandbox.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so that both use the same cache and a write left pending by one
    // is seen by the other.
    QCoreApplication::setApplicationName(u"ShopDesk"_s);
    QCoreApplication::setOrganizationName(u"ShopDesk"_s);
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
    const QCommandLineOption cache(u"cache"_s,
        u"The cache file whose outbox keeps writes safe across a crash (default: the shop's own in the data "
        "folder)."_s,
        u"file"_s);
    const QCommandLineOption fromCsv(u"from-csv"_s,
        u"ship: the CSV file of packages (package_id or order_id; tracking_number and shipping_provider_id for "
        "seller shipping; handover)."_s,
        u"file"_s);
    parser.addOptions({baseUrl, demo, cache, fromCsv});
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
    const QString profile = (parser.isSet(demo) ? u"demo-"_s : QString()) + connection.localId();
    auto opened = CacheDatabase::open(parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(profile));
    std::unique_ptr<CacheDatabase> database;
    if (opened) {
        database = std::move(opened).value();
        tool.setCache(database.get(), clock);
    } else {
        err << "warning: no cache, so no writes: " << opened.error().toString() << Qt::endl;
    }
    // Queued: a command may finish before the event loop runs, and exit() only ends a running loop.
    QObject::connect(
        &tool, &CommandLineTool::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QStringList arguments = parser.positionalArguments().mid(1);
    if (parser.isSet(fromCsv))
        arguments << u"--from-csv"_s << parser.value(fromCsv);
    tool.run(parser.positionalArguments().value(0), arguments);
    return QCoreApplication::exec();
}

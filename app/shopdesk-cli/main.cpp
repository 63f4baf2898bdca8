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
    parser.setApplicationDescription(u"ShopDesk on the command line.\n\nCommands:\n  "_s
        + CommandLineTool::synopses().join(u"\n  "_s)
        + u"\n\nEnvironment (when --demo is not given): SHOPDESK_APP_KEY, SHOPDESK_APP_SECRET, SHOPDESK_ACCESS_TOKEN, "
          "SHOPDESK_REFRESH_TOKEN (renews an expired access token), SHOPDESK_SHOP_CIPHER; SHOPDESK_SERVICE_ID for "
          "auth url.\nExit codes: 0 done, 2 usage, 3 authorization, 4 API error, 5 network or rows not sent, "
          "6 partly done."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(u"base-url"_s, u"API base URL."_s, u"url"_s, ProductionHosts::api.toString());
    const QCommandLineOption authUrl(
        u"auth-url"_s, u"Auth host base URL (tokens; its /open/authorize is the consent page)."_s, u"url"_s);
    const QCommandLineOption demo(u"demo"_s, u"Talk to a built-in sandbox shop instead."_s);
    const QCommandLineOption cache(u"cache"_s,
        u"The cache file whose outbox keeps writes safe across a crash (default: the shop's own)."_s, u"file"_s);
    const QCommandLineOption format(u"format"_s, u"Output: table (default), json or csv."_s, u"format"_s);
    parser.addOptions({baseUrl, authUrl, demo, cache, format});
    parser.addPositionalArgument(u"command"_s, u"One of the commands above, with its arguments and options."_s);
    // Everything after the command word is the command's own (ship --from-csv, orders list --status).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    EmbeddedSandbox sandbox(SandboxOptions{});
    if (parser.isSet(demo) && !sandbox.start())
        return CliExit::NetworkError;
    const QUrl auth = parser.isSet(authUrl) ? QUrl(parser.value(authUrl)) : QUrl();
    const ShopConnection connection = parser.isSet(demo)
        ? sandbox.demoConnection()
        : CommandLineTool::connectionFromEnvironment(QUrl(parser.value(baseUrl)), auth);
    SystemClock clock;
    ShopSession session(connection, clock);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineTool tool(session, out, err);
    tool.setAuthorizePage(parser.isSet(demo) || !auth.isEmpty()
            ? connection.authBaseUrl.resolved(QUrl(u"/open/authorize"_s))
            : QUrl(ProductionHosts::authorizeRestOfWorld.toString()));
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
    const QStringList words = parser.positionalArguments();
    // The tool checks --format wherever it is given.
    const QStringList formatOption
        = parser.isSet(format) ? QStringList{u"--format"_s, parser.value(format)} : QStringList();
    tool.run(words.value(0), words.mid(1) + formatOption);
    return QCoreApplication::exec();
}

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QIcon>
#include <QTimer>

#include "api/shopsession.h"
#include "cacheopener.h"
#include "core/clock.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "sandbox/embeddedsandbox.h"
#include "screenshotrunner.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ShopDesk"_s);
    QApplication::setOrganizationName(u"ShopDesk"_s);
    QApplication::setApplicationVersion(u"" SHOPDESK_VERSION ""_s);
    QApplication::setWindowIcon(QIcon(u":/icons/shopdesk.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"ShopDesk: a desktop dashboard for TikTok Shop sellers."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Open the built-in demo shop (a local sandbox)."_s);
    const QCommandLineOption screenshots(
        u"screenshot-dir"_s, u"Save a PNG of every pane to <dir> once loaded, then quit."_s, u"dir"_s);
    const QCommandLineOption language(u"lang"_s, u"User interface language, e.g. zh_CN or en."_s, u"locale"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo shop's data."_s, u"number"_s, u"1"_s);
    parser.addOptions({demo, screenshots, language, seed});
    parser.process(app);

    LanguageLoader::install(app, parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system());

    // No shop can be connected yet, so every start opens the demo shop.
    SandboxOptions options;
    options.seed = parser.value(seed).toULongLong();
    EmbeddedSandbox sandbox(options);
    if (!sandbox.start()) {
        qCritical("The demo shop could not start: no free port on 127.0.0.1.");
        return 1;
    }
    SystemClock clock;
    ShopSession session(sandbox.demoConnection(), clock);
    const std::unique_ptr<CacheDatabase> cache = CacheOpener::open(
        CacheDatabase::defaultPath(u"demo-"_s + session.connection().shopId), nullptr, !parser.isSet(screenshots));
    MainWindow window(session, clock, cache.get());
    window.show();

    std::unique_ptr<ScreenshotRunner> runner;
    if (parser.isSet(screenshots)) {
        runner = std::make_unique<ScreenshotRunner>(window, QDir(parser.value(screenshots)));
        QObject::connect(
            runner.get(), &ScreenshotRunner::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        QTimer::singleShot(0, runner.get(), &ScreenshotRunner::start);
    }
    return QApplication::exec();
}

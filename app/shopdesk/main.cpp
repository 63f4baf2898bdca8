#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include "apptheme.h"
#include "core/clock.h"
#include "firstpaintprobe.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "sandbox/embeddedsandbox.h"
#include "screenshotrunner.h"
#include "security/credentialstore.h"
#include "security/shopprofile.h"
#include "shopwindowhost.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ShopDesk"_s);
    QApplication::setOrganizationName(u"ShopDesk"_s);
    QApplication::setApplicationVersion(u"" SHOPDESK_VERSION ""_s);
    QApplication::setWindowIcon(QIcon(u":/icons/shopdesk.svg"_s));
    QApplication::setDesktopFileName(u"shopdesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"ShopDesk: a desktop dashboard for TikTok Shop sellers."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Open the built-in demo shop (a local sandbox)."_s);
    const QCommandLineOption screenshots(u"screenshot-dir"_s,
        u"Save a PNG of every pane and the main dialogs to <dir> once loaded, then quit."_s, u"dir"_s);
    const QCommandLineOption language(u"lang"_s, u"User interface language, e.g. zh_CN or en."_s, u"locale"_s);
    const QCommandLineOption theme(u"theme"_s, u"Colour theme: system, light or dark."_s, u"theme"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo shop's data."_s, u"number"_s, u"1"_s);
    const QCommandLineOption firstPaint(u"quit-after-first-paint"_s,
        u"Quit once the Orders pane has painted its cached orders, printing start-up time and memory."_s);
    parser.addOptions({demo, screenshots, language, theme, seed, firstPaint});
    parser.process(app);

    QSettings settings;
    ShopProfile profile(settings);
    const Preferences preferences = profile.preferences();
    LanguageLoader::install(app,
        parser.isSet(language) ? QLocale(parser.value(language)) : LanguageLoader::localeFor(preferences.language));
    AppTheme appTheme(app);
    appTheme.apply(parser.isSet(theme) ? ShopProfile::themeFromName(parser.value(theme)) : preferences.theme);

    SandboxOptions options;
    options.seed = parser.value(seed).toULongLong();
    EmbeddedSandbox sandbox(options);
    if (!sandbox.start()) {
        qCritical("The demo shop could not start: no free port on 127.0.0.1.");
        return 1;
    }
    SystemClock clock;
    CredentialStore credentials;
    ShopWindowHost host(profile, credentials, appTheme, clock, sandbox.demoConnection());
    host.setInteractive(!parser.isSet(screenshots) && !parser.isSet(firstPaint));
    // Screenshot mode always shows the demo shop, whatever shop is selected.
    if (parser.isSet(demo) || parser.isSet(screenshots))
        host.openDemo();
    else
        host.openSelected();

    const auto probe = parser.isSet(firstPaint) ? std::make_unique<FirstPaintProbe>(host) : nullptr;
    std::unique_ptr<ScreenshotRunner> runner;
    if (parser.isSet(screenshots)) {
        runner = std::make_unique<ScreenshotRunner>(*host.window(), QDir(parser.value(screenshots)));
        host.addScreenshotDialogs(*runner);
        QObject::connect(
            runner.get(), &ScreenshotRunner::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        QTimer::singleShot(0, runner.get(), &ScreenshotRunner::start);
    }
    return QApplication::exec();
}

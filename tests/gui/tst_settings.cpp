#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "api/shopsession.h"
#include "apptheme.h"
#include "delegates/statuscolours.h"
#include "dialogs/settingsdialog.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "panes/pane.h"
#include "panes/products/productspane.h"
#include "panes/products/productviewsmenu.h"
#include "sandboxfixture.h"
#include "security/credentialstore.h"
#include "security/shopprofile.h"
#include "shopwindowhost.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

Q_DECLARE_METATYPE(ShopDesk::StatusTone)

/// The settings dialog, and the theme and language changing while ShopDesk runs.
class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void editsThePreferences();
    void opensFromTheToolsMenu();
    void switchesThemeAndLanguageLive();
    void keepsStatusColoursReadable_data();
    void keepsStatusColoursReadable();
};

void TestSettings::editsThePreferences()
{
    Preferences current;
    current.syncIntervalMinutes = 20;
    current.theme = Theme::Dark;
    current.language = u"zh_CN"_s;
    SettingsDialog dialog(current, u"/home/seller/.local/share/ShopDesk"_s);
    auto *language = dialog.findChild<QComboBox *>(u"settingsLanguage"_s);
    auto *theme = dialog.findChild<QComboBox *>(u"settingsTheme"_s);
    auto *interval = dialog.findChild<QSpinBox *>(u"settingsSyncInterval"_s);
    auto *stuck = dialog.findChild<QSpinBox *>(u"settingsStuckDays"_s);
    auto *listen = dialog.findChild<QCheckBox *>(u"settingsWebhookListener"_s);
    auto *port = dialog.findChild<QSpinBox *>(u"settingsWebhookPort"_s);
    auto *folder = dialog.findChild<QLineEdit *>(u"settingsDataFolder"_s);
    QVERIFY(language && theme && interval && stuck && listen && port && folder);
    QCOMPARE(dialog.preferences(), current);
    QCOMPARE(language->currentData().toString(), u"zh_CN"_s);
    QCOMPARE(interval->value(), 20);
    QCOMPARE(stuck->value(), 5);
    QVERIFY(!port->isEnabled());
    QCOMPARE(folder->placeholderText(), u"/home/seller/.local/share/ShopDesk"_s);

    language->setCurrentIndex(language->findData(QString()));
    theme->setCurrentIndex(theme->findData(int(Theme::Light)));
    interval->setValue(45);
    stuck->setValue(0); // the spin box keeps it in range
    listen->setChecked(true);
    QVERIFY(port->isEnabled());
    port->setValue(9321);
    folder->setText(u"  /srv/shopdesk "_s);

    Preferences wanted = current;
    wanted.language.clear();
    wanted.theme = Theme::Light;
    wanted.syncIntervalMinutes = 45;
    wanted.stuckShipmentDays = ShopProfile::minStuckShipmentDays;
    wanted.webhookListener = true;
    wanted.webhookPort = 9321;
    wanted.dataFolder = u"/srv/shopdesk"_s;
    QCOMPARE(dialog.preferences(), wanted);
}

void TestSettings::opensFromTheToolsMenu()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    auto *action = window.findChild<QAction *>(u"actionSettings"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+,"_s));
    QVERIFY(window.findChild<QMenu *>(u"toolsMenu"_s)->actions().contains(action));
    QSignalSpy requested(&window, &MainWindow::settingsRequested);
    action->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestSettings::switchesThemeAndLanguageLive()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QSettings settings(directory.filePath(u"profile.ini"_s), QSettings::IniFormat);
    ShopProfile profile(settings);
    Preferences preferences;
    preferences.dataFolder = directory.path();
    profile.setPreferences(preferences);
    LanguageLoader::install(*qApp, QLocale(u"en"_s));

    SandboxFixture sandbox;
    ShopConnection demo = sandbox.connection();
    demo.demo = true;
    AppTheme theme(*qApp);
    CredentialStore credentials;
    ShopWindowHost host(profile, credentials, theme, sandbox.clock(), demo);
    QSignalSpy changed(&host, &ShopWindowHost::windowChanged);
    host.openDemo();
    QCOMPARE(changed.count(), 1);
    MainWindow *first = host.window();
    QVERIFY(first && first->isVisible());
    QCOMPARE(first->findChild<QMenu *>(u"fileMenu"_s)->title(), u"&File"_s);
    first->showPane(first->panes().at(1));

    // Dark and Chinese: the palette changes in place, the window is built again in Chinese on the
    // same pane, and the offline cache is in the chosen data folder.
    preferences.theme = Theme::Dark;
    preferences.language = u"zh_CN"_s;
    host.applyPreferences(preferences);
    QCOMPARE(profile.preferences(), preferences);
    QVERIFY(AppTheme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QCOMPARE(changed.count(), 2);
    MainWindow *second = host.window();
    QVERIFY(second != first);
    QVERIFY(AppTheme::isDark(second->palette()));
    QCOMPARE(second->findChild<QMenu *>(u"fileMenu"_s)->title(), u"文件(&F)"_s);
    QCOMPARE(second->findChild<QTabWidget *>(u"paneTabs"_s)->currentWidget(), second->panes().at(1));
    QVERIFY(QFile::exists(profile.cachePath(u"demo-"_s + demo.shopId)));

    // A new sync interval, low-stock threshold or stuck-shipment days needs no new window: the
    // panes take them as they are.
    preferences.syncIntervalMinutes = 7;
    preferences.lowStockThreshold = 42;
    preferences.stuckShipmentDays = 11;
    host.applyPreferences(preferences);
    QCOMPARE(changed.count(), 2);
    QVERIFY(second->findChild<QCheckBox *>(u"productLowStock"_s)->text().contains(u"42"_s));
    QVERIFY(second->findChild<QComboBox *>(u"packageStatusFilter"_s)->findText(u"11"_s, Qt::MatchContains) >= 0);

    // A view saved in the Products pane is kept in the profile.
    auto *products = second->findChild<ProductsPane *>(u"productsPane"_s);
    products->viewsMenu().saveCurrentAs(u"每日检查"_s);
    QCOMPARE(profile.productViews().size(), 1);
    QCOMPARE(profile.productViews().first().name, u"每日检查"_s);

    preferences.theme = Theme::Light;
    preferences.language = u"en"_s;
    host.applyPreferences(preferences);
    QVERIFY(!AppTheme::isDark(QApplication::palette()));
    QCOMPARE(host.window()->findChild<QMenu *>(u"fileMenu"_s)->title(), u"&File"_s);
    theme.apply(Theme::System);
}

void TestSettings::keepsStatusColoursReadable_data()
{
    QTest::addColumn<StatusTone>("tone");
    QTest::newRow("good") << StatusTone::Good;
    QTest::newRow("info") << StatusTone::Info;
    QTest::newRow("warning") << StatusTone::Warning;
    QTest::newRow("bad") << StatusTone::Bad;
    QTest::newRow("muted") << StatusTone::Muted;
}

void TestSettings::keepsStatusColoursReadable()
{
    QFETCH(StatusTone, tone);
    for (const QPalette &palette : {AppTheme::lightPalette(), AppTheme::darkPalette()}) {
        for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
            const QColor text = StatusColours::text(tone, palette);
            const double ratio = StatusColours::contrast(text, palette.color(background));
            QVERIFY2(ratio >= 4.5,
                qPrintable(u"%1 on %2: %3"_s.arg(text.name(), palette.color(background).name()).arg(ratio)));
        }
    }
    // Dark and light backgrounds get different shades.
    QVERIFY(StatusColours::text(tone, AppTheme::lightPalette()) != StatusColours::text(tone, AppTheme::darkPalette()));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "api/apiclient.h"
#include "api/productservice.h"
#include "apptheme.h"
#include "dialogs/connectshopwizard.h"
#include "mainwindow.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "security/credentialstore.h"
#include "security/shopcredentials.h"
#include "security/shopprofile.h"
#include "shopwindowhost.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

/// Stands in for the browser: QDesktopServices hands it the links ShopDesk opens.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

std::optional<KeychainFailure::Reason> lookUp(CredentialStore &store, const CredentialKey &key)
{
    std::optional<std::optional<KeychainFailure::Reason>> outcome;
    QObject context;
    store.read(key, &context, [&outcome](const Secret &, const std::optional<KeychainFailure> &failure) {
        outcome = failure ? std::optional(failure->reason) : std::nullopt;
    });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
    return outcome.value_or(KeychainFailure::Reason::TimedOut);
}

std::optional<ShopConnection> loadNow(ShopCredentials &credentials, const ConnectedShop &shop)
{
    std::optional<ShopConnection> loaded;
    bool done = false;
    QObject context;
    credentials.load(shop, &context, [&](const std::optional<ShopConnection> &connection, const auto &) {
        loaded = connection;
        done = true;
    });
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, 30000));
    return loaded;
}

} // namespace

/// Connecting shops end to end: the wizard against the sandbox's auth host and a real keyring,
/// switching between the shops, and signing out.
class TestConnectShop final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectsShopsThroughTheBrowser();
    void refusesAnAddressFromAnotherAttempt();
    void switchesShopsAndSignsOut();

private:
    void fillAppPage(ConnectShopWizard &wizard);
    /// Runs the wizard to its end and returns the shops it connected.
    QStringList connectBothShops();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ShopProfile> m_profile;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ShopCredentials> m_credentials;
    BrowserStandIn m_browser;
};

void TestConnectShop::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_directory = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_directory->filePath(u"profile.ini"_s), QSettings::IniFormat);
    m_profile = std::make_unique<ShopProfile>(*m_settings);
    const QUrl base = m_sandbox->server().baseUrl();
    const QUrl authorize = base.resolved(QUrl(u"/open/authorize"_s));
    m_profile->setHosts({base, base, authorize, authorize});
    Preferences preferences;
    preferences.dataFolder = m_directory->path();
    m_profile->setPreferences(preferences);
    m_store = std::make_unique<CredentialStore>();
    m_credentials = std::make_unique<ShopCredentials>(*m_store, *m_profile);
    m_browser.opened.clear();
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
}

void TestConnectShop::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_credentials.reset();
    m_store.reset();
    m_profile.reset();
    m_settings.reset();
    m_directory.reset();
    m_sandbox.reset();
}

void TestConnectShop::fillAppPage(ConnectShopWizard &wizard)
{
    auto *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"connectAppKey"_s), m_sandbox->server().credentials().appKey);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"connectAppSecret"_s),
        QString::fromUtf8(m_sandbox->server().credentials().appSecret));
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"connectServiceId"_s), u"7001"_s);
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard.currentId(), int(ConnectShopWizard::AuthorizePage));
}

QStringList TestConnectShop::connectBothShops()
{
    ConnectShopWizard wizard(*m_profile, *m_credentials, m_sandbox->clock());
    wizard.show();
    fillAppPage(wizard);
    wizard.findChild<QPushButton *>(u"connectOpenLink"_s)->click();
    if (m_browser.opened.size() != 1)
        return {};
    const QString redirect = m_sandbox->consent(m_browser.opened.first());
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"connectRedirect"_s), redirect);
    wizard.button(QWizard::NextButton)->click();
    if (!QTest::qWaitFor([&wizard] { return wizard.currentId() == ConnectShopWizard::ShopsPage; }, 20000))
        return {};
    auto *list = wizard.findChild<QListWidget *>(u"connectShopList"_s);
    if (!QTest::qWaitFor([list] { return list->count() == 2; }, 20000))
        return {};
    wizard.button(QWizard::FinishButton)->click();
    if (!QTest::qWaitFor([&wizard] { return wizard.result() == QDialog::Accepted; }, 30000))
        return {};
    return wizard.connectedShopIds();
}

void TestConnectShop::connectsShopsThroughTheBrowser()
{
    ConnectShopWizard wizard(*m_profile, *m_credentials, m_sandbox->clock());
    wizard.show();
    fillAppPage(wizard);

    // The link names the app's service and carries a fresh state; the browser gets exactly it.
    const QUrl link(wizard.findChild<QLineEdit *>(u"connectLink"_s)->text());
    QCOMPARE(link.path(), u"/open/authorize"_s);
    QCOMPARE(QUrlQuery(link).queryItemValue(u"service_id"_s), u"7001"_s);
    QVERIFY(QUrlQuery(link).queryItemValue(u"state"_s).size() >= 20);
    wizard.findChild<QPushButton *>(u"connectOpenLink"_s)->click();
    QCOMPARE(m_browser.opened, QList<QUrl>{link});

    // The seller approves and pastes the address the browser lands on.
    const QString redirect = m_sandbox->consent(link);
    QVERIFY(redirect.contains(u"code="_s));
    auto *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"connectRedirect"_s), redirect);
    next->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectShopWizard::ShopsPage), 20000);

    // Both shops of the seller are offered; the seller keeps the UK shop only.
    auto *list = wizard.findChild<QListWidget *>(u"connectShopList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, 20000);
    QVERIFY(list->item(0)->text().contains(u"Maple & Co. US"_s));
    list->item(0)->setCheckState(Qt::Unchecked);
    auto *finish = wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isEnabled());
    finish->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.result(), int(QDialog::Accepted), 30000);
    QVERIFY(!wizard.isVisible());

    QCOMPARE(m_profile->shops().size(), 1);
    const ConnectedShop shop = m_profile->shops().first();
    QCOMPARE(wizard.connectedShopIds(), QStringList{shop.id});
    QVERIFY(shop.name.contains(u"UK"_s));
    QCOMPARE(shop.appKey, m_sandbox->server().credentials().appKey);
    QVERIFY(!shop.cipher.isEmpty());

    // The keychain holds working credentials: the shop's products load with them.
    const std::optional<ShopConnection> connection = loadNow(*m_credentials, shop);
    QVERIFY(connection);
    QVERIFY(!connection->accessToken.isEmpty());
    ApiClient client(*connection, m_sandbox->clock());
    ProductService products(client);
    const Finished<QList<Product>> listed = waitFor(products.searchAll());
    QVERIFY2(listed.finished && !listed.error, qPrintable(listed.error ? listed.error->toString() : QString()));
    QCOMPARE(listed.value.first().skus.first().price.currency, u"GBP"_s);

    // None of it is in the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(shop.cipher.toUtf8()));
    for (const QByteArray &secret : {m_sandbox->server().credentials().appSecret, connection->accessToken.reveal(),
             connection->refreshToken.reveal()})
        QVERIFY2(!written.contains(secret), "a secret reached the settings");
}

void TestConnectShop::refusesAnAddressFromAnotherAttempt()
{
    ConnectShopWizard wizard(*m_profile, *m_credentials, m_sandbox->clock());
    wizard.show();
    fillAppPage(wizard);
    const QUrl link(wizard.findChild<QLineEdit *>(u"connectLink"_s)->text());
    QString redirect = m_sandbox->consent(link);
    redirect.replace(QUrlQuery(link).queryItemValue(u"state"_s), u"forged"_s);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"connectRedirect"_s), redirect);
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ConnectShopWizard::AuthorizePage));
    QVERIFY(!wizard.findChild<QLabel *>(u"connectAuthorizeStatus"_s)->text().isEmpty());
    QVERIFY(m_profile->shops().isEmpty());
}

void TestConnectShop::switchesShopsAndSignsOut()
{
    const QStringList ids = connectBothShops();
    QCOMPARE(ids.size(), 2);
    const ConnectedShop us = *m_profile->shop(ids.at(0));
    const ConnectedShop gb = *m_profile->shop(ids.at(1));

    ShopConnection demo = m_sandbox->connection();
    demo.demo = true;
    AppTheme theme(*qApp);
    ShopWindowHost host(*m_profile, *m_store, theme, m_sandbox->clock(), demo);
    host.openSelected(); // nothing selected yet: the demo shop
    QVERIFY(host.window());
    QVERIFY(host.window()->windowTitle().contains(u"Demo"_s));

    // The Shop menu lists both shops, then the demo shop, on Ctrl+1…3.
    auto *gbAction = host.window()->findChild<QAction *>(u"shop_"_s + gb.id);
    auto *demoAction = host.window()->findChild<QAction *>(u"shop_demo"_s);
    QVERIFY(gbAction && demoAction);
    QCOMPARE(gbAction->shortcut(), QKeySequence(u"Ctrl+2"_s));
    QCOMPARE(demoAction->shortcut(), QKeySequence(u"Ctrl+3"_s));
    QVERIFY(demoAction->isChecked());
    QVERIFY(!host.window()->findChild<QAction *>(u"actionSignOut"_s)->isEnabled());

    gbAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(host.window()->windowTitle().contains(gb.name), 20000);
    QCOMPARE(m_profile->selectedShopId(), gb.id);
    QVERIFY(host.window()->findChild<QAction *>(u"shop_"_s + gb.id)->isChecked());
    QVERIFY(host.window()->findChild<QAction *>(u"actionSignOut"_s)->isEnabled());

    // Signing out deletes the shop's entries and moves on to the other shop.
    host.signOut(gb.id);
    QTRY_VERIFY_WITH_TIMEOUT(host.window()->windowTitle().contains(us.name), 20000);
    for (const CredentialKey &key : ShopCredentials::tokenKeys(gb))
        QCOMPARE(lookUp(*m_store, key), KeychainFailure::Reason::NotFound);
    QCOMPARE(lookUp(*m_store, ShopCredentials::appSecretKey(gb.appKey)), std::nullopt);
    QVERIFY(!host.window()->findChild<QAction *>(u"shop_"_s + gb.id));

    // Signing out of the last shop leaves nothing in the keychain and the demo shop on screen.
    host.signOut(us.id);
    QTRY_VERIFY_WITH_TIMEOUT(host.window()->windowTitle().contains(u"Demo"_s), 20000);
    for (const CredentialKey &key : ShopCredentials::tokenKeys(us))
        QCOMPARE(lookUp(*m_store, key), KeychainFailure::Reason::NotFound);
    QCOMPARE(lookUp(*m_store, ShopCredentials::appSecretKey(us.appKey)), KeychainFailure::Reason::NotFound);
    QVERIFY(m_profile->shops().isEmpty());
}

QTEST_MAIN(TestConnectShop)
#include "tst_connectshop.moc"

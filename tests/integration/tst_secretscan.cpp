#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/authservice.h"
#include "api/shopsession.h"
#include "cli/commandlinetool.h"
#include "logcapture.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "security/credentialstore.h"
#include "security/shopcredentials.h"
#include "security/shopprofile.h"
#include "store/cachedatabase.h"
#include "sync/ordercatalog.h"
#include "sync/packagecatalog.h"
#include "sync/productcatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// Every file below `folder`, as bytes, with its path.
QList<std::pair<QString, QByteArray>> filesBelow(const QString &folder)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

} // namespace

/// A whole session — connect a shop, keep its keys, sync, edit stock, ship, refresh the tokens —
/// with every log category at debug level, then a search of the log, the settings and the cache
/// files for the bytes of every secret the session saw.
class TestSecretScan final : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverySecretOutOfLogsSettingsAndCache();
};

void TestSecretScan::keepsEverySecretOutOfLogsSettingsAndCache()
{
    QTemporaryDir folder;
    SandboxOptions options;
    options.accessTokenLifetime = 3600; // so that the session refreshes its tokens on the way
    SandboxFixture sandbox(options);
    auto capture = std::make_unique<LogCapture>(u"*.debug=true"_s);
    QList<QByteArray> secrets{sandbox.server().credentials().appSecret};

    // Connect: link, consent, exchange, shops.
    ShopConnection fresh = sandbox.connection();
    fresh.accessToken = {};
    fresh.refreshToken = {};
    fresh.shopCipher.clear();
    ApiClient authClient(fresh, sandbox.clock());
    AuthService auth(authClient);
    const QUrl link
        = auth.authorizationLink(sandbox.server().baseUrl().resolved(QUrl(u"/open/authorize"_s)), u"7001"_s);
    const Result<QString> code = auth.codeFromPaste(sandbox.consent(link));
    QVERIFY(code.ok());
    secrets.append(code.value().toUtf8());
    const Finished<TokenGrant> grant = waitFor(auth.exchange(code.value()));
    QVERIFY(grant.finished && !grant.error);
    secrets += {grant.value.accessToken.reveal(), grant.value.refreshToken.reveal()};
    const QList<AuthorizedShop> shops = waitFor(auth.authorizedShops()).value;
    QVERIFY(!shops.isEmpty());

    // Keep: the keychain holds the secrets, the profile the rest.
    QSettings settings(folder.filePath(u"profile.ini"_s), QSettings::IniFormat);
    ShopProfile profile(settings);
    Preferences preferences;
    preferences.dataFolder = folder.filePath(u"data"_s);
    profile.setPreferences(preferences);
    CredentialStore store;
    ShopCredentials credentials(store, profile);
    std::optional<KeychainFailure> keychainFailure;
    bool connected = false;
    credentials.connectShops(
        fresh.appKey, fresh.appSecret, grant.value, shops, this, [&](const std::optional<KeychainFailure> &failure) {
            keychainFailure = failure;
            connected = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(connected, 20000);
    QVERIFY2(!keychainFailure, "the keychain refused the secrets");
    ShopConnection connection = sandbox.connection();
    connection.accessToken = grant.value.accessToken;
    connection.refreshToken = grant.value.refreshToken;

    // Sync and write, through the cache and its outbox.
    ShopSession session(connection, sandbox.clock());
    connect(&session.client(), &ApiClient::tokensRefreshed, this, [&secrets](const TokenGrant &renewed) {
        secrets += {renewed.accessToken.reveal(), renewed.refreshToken.reveal()};
    });
    std::unique_ptr<CacheDatabase> cache = CacheDatabase::open(profile.cachePath(connection.localId())).value();
    OrderCatalog orders(session.orders(), cache.get(), connection.shopId, sandbox.clock());
    QSignalSpy ordersLoaded(&orders, &OrderCatalog::ordersLoaded);
    orders.refresh();
    QVERIFY(ordersLoaded.wait(30000));
    PackageCatalog packages(session.fulfillment(), cache.get(), connection.shopId, sandbox.clock());
    QSignalSpy packagesLoaded(&packages, &PackageCatalog::packagesLoaded);
    packages.refresh();
    QVERIFY(packagesLoaded.wait(30000));

    // An hour later the access token has expired: the next calls refresh it on the way.
    sandbox.clock().advance(3700);
    ProductCatalog products(session.products(), cache.get(), connection.shopId, sandbox.clock());
    QSignalSpy productsLoaded(&products, &ProductCatalog::productsLoaded);
    products.refresh();
    QVERIFY(productsLoaded.wait(30000));
    QVERIFY2(secrets.size() > 4, "the tokens were not refreshed");

    const Product product = productsLoaded.last().first().value<QList<Product>>().first();
    QString awaitingPackage;
    for (const Package &package : packagesLoaded.last().first().value<QList<Package>>()) {
        if (package.status == PackageStatus::Processing) {
            awaitingPackage = package.id;
            break;
        }
    }
    QVERIFY(!awaitingPackage.isEmpty());
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLineTool tool(session, outStream, errStream);
    tool.setCache(cache.get(), sandbox.clock());
    const Sku &sku = product.skus.first();
    const QList<QStringList> commands{
        {u"stock"_s, u"set"_s, product.id, sku.id, u"17"_s, u"--warehouse"_s, sku.inventory.first().warehouseId},
        {u"ship"_s, awaitingPackage}};
    for (const QStringList &words : commands) {
        QSignalSpy finished(&tool, &CommandLineTool::finished);
        tool.run(words.first(), words.mid(1));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toInt() == 0, qPrintable(words.join(u' ') + u": "_s + err));
    }
    outStream.flush();
    errStream.flush();
    cache.reset();
    settings.sync();

    const QString log = capture->text() + u'\n' + out + u'\n' + err;
    capture.reset();
    QVERIFY2(log.contains(u"/order/202309/orders/search"_s), "request logging was not captured");
    const QList<std::pair<QString, QByteArray>> files = filesBelow(folder.path());
    QVERIFY(files.size() >= 2); // the settings and at least the cache file
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 8);
        // Where it is, without printing the secret itself.
        const qsizetype at = log.indexOf(QString::fromUtf8(secret));
        QVERIFY2(
            at < 0, qPrintable(u"a secret reached the log after: "_s + log.mid(std::max<qsizetype>(0, at - 120), 120)));
        for (const auto &[path, bytes] : files)
            QVERIFY2(!bytes.contains(secret), qPrintable(u"a secret reached "_s + path));
    }
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"

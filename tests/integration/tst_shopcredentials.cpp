#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "domain/tokengrant.h"
#include "security/credentialstore.h"
#include "security/shopcredentials.h"
#include "security/shopprofile.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

using Failure = std::optional<KeychainFailure>;

/// Runs one asynchronous keychain operation to its end.
template <typename Start>
Failure finish(Start start)
{
    std::optional<Failure> outcome;
    QObject context;
    start(&context, [&outcome](const Failure &failure) { outcome = failure; });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
    return outcome.value_or(KeychainFailure{KeychainFailure::Reason::TimedOut, u"no answer"_s});
}

std::optional<ShopConnection> loadNow(ShopCredentials &credentials, const ConnectedShop &shop)
{
    std::optional<ShopConnection> loaded;
    bool done = false;
    QObject context;
    credentials.load(shop, &context, [&](const std::optional<ShopConnection> &connection, const Failure &) {
        loaded = connection;
        done = true;
    });
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, 30000));
    return loaded;
}

/// KeychainFailure::Reason::NotFound when the entry is gone, nullopt when it is there.
std::optional<KeychainFailure::Reason> lookUp(CredentialStore &store, const CredentialKey &key)
{
    std::optional<std::optional<KeychainFailure::Reason>> outcome;
    QObject context;
    store.read(key, &context, [&outcome](const Secret &, const Failure &failure) {
        outcome = failure ? std::optional(failure->reason) : std::nullopt;
    });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
    return outcome.value_or(KeychainFailure::Reason::TimedOut);
}

TokenGrant grant(const QByteArray &tag)
{
    TokenGrant grant;
    grant.accessToken = Secret("TTP_access-" + tag);
    grant.refreshToken = Secret("TTP_refresh-" + tag);
    grant.openId = u"7010736057180325637"_s;
    return grant;
}

const QList<AuthorizedShop> authorized{
    {u"7494001"_s, u"Maple & Co. US"_s, u"US"_s, u"LOCAL"_s, u"ROW_us-cipher"_s, u"USLCABC"_s},
    {u"7494002"_s, u"Maple & Co. UK"_s, u"GB"_s, u"CROSS_BORDER"_s, u"ROW_gb-cipher"_s, u"GBLCABC"_s}};

} // namespace

/// Connected shops in a real Secret Service (gnome-keyring in a private D-Bus session).
class TestShopCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void connectsOpensAndSignsOutShops();
};

void TestShopCredentials::connectsOpensAndSignsOutShops()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString file = directory.filePath(u"profile.ini"_s);
    QSettings settings(file, QSettings::IniFormat);
    ShopProfile profile(settings);
    const QUrl sandbox(u"http://127.0.0.1:40001"_s);
    profile.setHosts({sandbox, sandbox, sandbox, sandbox});
    CredentialStore store;
    ShopCredentials credentials(store, profile);
    const QString appKey = u"6d-%1"_s.arg(QCoreApplication::applicationPid());
    const Secret appSecret("app-secret-é中");

    const Failure connected = finish([&](QObject *context, auto done) {
        credentials.connectShops(appKey, appSecret, grant("first"), authorized, context, done);
    });
    QVERIFY2(!connected, qPrintable(connected.value_or(KeychainFailure{}).toString()));
    QCOMPARE(profile.shops().size(), 2);
    const ConnectedShop us = profile.shops().at(0);
    const ConnectedShop gb = profile.shops().at(1);
    QCOMPARE(us.cipher, u"ROW_us-cipher"_s);
    QCOMPARE(gb.openId, u"7010736057180325637"_s);

    // Opening a shop builds its connection from the keychain and the profile's hosts.
    std::optional<ShopConnection> connection = loadNow(credentials, gb);
    QVERIFY(connection);
    QCOMPARE(connection->appSecret, appSecret);
    QCOMPARE(connection->accessToken, grant("first").accessToken);
    QCOMPARE(connection->refreshToken, grant("first").refreshToken);
    QCOMPARE(connection->shopCipher, u"ROW_gb-cipher"_s);
    QCOMPARE(connection->apiBaseUrl, sandbox);
    QVERIFY(!connection->demo);

    // A refresh for one shop is stored for its sibling: the old refresh token is spent for both.
    const Failure refreshed
        = finish([&](QObject *context, auto done) { credentials.storeRefreshed(us, grant("second"), context, done); });
    QVERIFY2(!refreshed, qPrintable(refreshed.value_or(KeychainFailure{}).toString()));
    QCOMPARE(loadNow(credentials, gb)->refreshToken, grant("second").refreshToken);

    // No secret reached the settings file.
    settings.sync();
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    for (const QByteArray &secret : {appSecret.reveal(), grant("first").accessToken.reveal(),
             grant("second").refreshToken.reveal(), QByteArray("TTP_")})
        QVERIFY2(!text.contains(secret), secret.constData());

    // Signing out of one shop deletes its tokens; the app secret stays for the other shop.
    const Failure signedOut = finish([&](QObject *context, auto done) { credentials.signOut(us.id, context, done); });
    QVERIFY2(!signedOut, qPrintable(signedOut.value_or(KeychainFailure{}).toString()));
    for (const CredentialKey &key : ShopCredentials::tokenKeys(us))
        QCOMPARE(lookUp(store, key), KeychainFailure::Reason::NotFound);
    QCOMPARE(lookUp(store, ShopCredentials::appSecretKey(appKey)), std::nullopt);
    QCOMPARE(profile.shops(), QList<ConnectedShop>{gb});
    QVERIFY(loadNow(credentials, gb));

    // Signing out of the last shop of the app deletes every entry left.
    const Failure lastSignedOut
        = finish([&](QObject *context, auto done) { credentials.signOut(gb.id, context, done); });
    QVERIFY2(!lastSignedOut, qPrintable(lastSignedOut.value_or(KeychainFailure{}).toString()));
    for (const CredentialKey &key : ShopCredentials::tokenKeys(gb))
        QCOMPARE(lookUp(store, key), KeychainFailure::Reason::NotFound);
    QCOMPARE(lookUp(store, ShopCredentials::appSecretKey(appKey)), KeychainFailure::Reason::NotFound);
    QVERIFY(profile.shops().isEmpty());
    QVERIFY(!loadNow(credentials, gb));
}

QTEST_GUILESS_MAIN(TestShopCredentials)
#include "tst_shopcredentials.moc"

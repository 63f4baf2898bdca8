#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include "api/apiclient.h"
#include "api/authservice.h"
#include "api/productservice.h"
#include "logcapture.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "security/logredaction.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace { } // namespace

/// Authorizing a shop end to end against the sandbox: link, consent, pasted address, exchange.
class TestAuthService final : public QObject
{
    Q_OBJECT

private slots:
    void buildsALinkWithAnUnguessableState();
    void acceptsThePastedAddressOrTheBareCode_data();
    void acceptsThePastedAddressOrTheBareCode();
    void authorizesAShopWithoutLeakingSecretsToTheLog();
};

void TestAuthService::buildsALinkWithAnUnguessableState()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AuthService auth(client);
    const QUrl first = auth.authorizationLink(QUrl(u"https://services.tiktokshop.com/open/authorize"_s), u"7001"_s);
    const QString firstState = auth.pendingState();
    const QUrl second = auth.authorizationLink(QUrl(u"https://services.tiktokshop.com/open/authorize"_s), u"7001"_s);
    QCOMPARE(QUrlQuery(first).queryItemValue(u"service_id"_s), u"7001"_s);
    QCOMPARE(QUrlQuery(first).queryItemValue(u"state"_s), firstState);
    QVERIFY(firstState.size() >= 20);
    QVERIFY(firstState != auth.pendingState());
    QCOMPARE(QUrlQuery(second).queryItemValue(u"state"_s), auth.pendingState());
}

void TestAuthService::acceptsThePastedAddressOrTheBareCode_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("matchingState");
    QTest::addColumn<QString>("code");

    QTest::newRow("the whole redirect address")
        << u"https://shopdesk.invalid/cb?code=ROW_abc123&state=%1"_s << true << u"ROW_abc123"_s;
    QTest::newRow("surrounding spaces are ignored")
        << u"  https://x.invalid/cb?state=%1&code=ROW_9  "_s << true << u"ROW_9"_s;
    QTest::newRow("a bare code") << u"ROW_abc123"_s << true << u"ROW_abc123"_s;
    QTest::newRow("another attempt's state is refused")
        << u"https://x.invalid/cb?code=ROW_1&state=%1"_s << false << QString();
    QTest::newRow("a declined authorization")
        << u"https://x.invalid/cb?code=null&error=auth_denied&state=%1"_s << true << QString();
    QTest::newRow("an address without a code") << u"https://x.invalid/cb?state=%1"_s << true << QString();
    QTest::newRow("nothing") << u"   "_s << true << QString();
}

void TestAuthService::acceptsThePastedAddressOrTheBareCode()
{
    QFETCH(QString, pasted);
    QFETCH(bool, matchingState);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AuthService auth(client);
    auth.authorizationLink(QUrl(u"https://services.tiktokshop.com/open/authorize"_s), u"7001"_s);
    const Result<QString> result = auth.codeFromPaste(
        pasted.contains(u"%1"_s) ? pasted.arg(matchingState ? auth.pendingState() : u"forged"_s) : pasted);
    QCOMPARE(result.ok(), !code.isEmpty());
    if (result.ok())
        QCOMPARE(result.value(), code);
    else
        QVERIFY(!result.error().message.isEmpty());
}

void TestAuthService::authorizesAShopWithoutLeakingSecretsToTheLog()
{
    SandboxFixture sandbox;
    auto capture = std::make_unique<LogCapture>(u"shopdesk.*=true"_s);

    // A fresh connection knows only the app; the tokens come from the exchange.
    ShopConnection connection = sandbox.connection();
    connection.accessToken = {};
    connection.refreshToken = {};
    connection.shopCipher.clear();
    ApiClient client(connection, sandbox.clock());
    AuthService auth(client);
    const QUrl link
        = auth.authorizationLink(sandbox.server().baseUrl().resolved(QUrl(u"/open/authorize"_s)), u"7001"_s);
    const Result<QString> code = auth.codeFromPaste(sandbox.consent(link));
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));

    const Finished<TokenGrant> grant = waitFor(auth.exchange(code.value()));
    QVERIFY2(grant.finished && !grant.error, qPrintable(grant.error ? grant.error->toString() : QString()));
    QVERIFY(!grant.value.accessToken.isEmpty());
    QCOMPARE(client.connection().accessToken, grant.value.accessToken);

    const Finished<QList<AuthorizedShop>> shops = waitFor(auth.authorizedShops());
    QVERIFY(shops.finished && !shops.error);
    QCOMPARE(shops.value.size(), 2);
    client.selectShop(shops.value.at(1).id, shops.value.at(1).name, shops.value.at(1).cipher);
    ProductService products(client);
    const Finished<QList<Product>> listed = waitFor(products.searchAll());
    QVERIFY(listed.finished && !listed.error);
    QCOMPARE(listed.value.first().skus.first().price.currency, u"GBP"_s);

    const QString log = capture->text();
    capture.reset();
    QVERIFY2(log.contains(u"/product/202309/products/search"_s), "request logging was not captured");
    const QList<QByteArray> secrets{sandbox.server().credentials().appSecret, grant.value.accessToken.reveal(),
        grant.value.refreshToken.reveal(), code.value().toUtf8()};
    for (const QByteArray &secret : secrets)
        QVERIFY2(
            !log.contains(QString::fromUtf8(secret)), qPrintable(u"secret in log: "_s + QString::fromUtf8(secret)));
    // Signatures are redacted too: they are one HMAC away from the secret.
    QVERIFY(log.contains(u"sign=***"_s));
    QVERIFY(!log.contains(QRegularExpression(u"sign=[0-9a-f]{64}"_s)));
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"

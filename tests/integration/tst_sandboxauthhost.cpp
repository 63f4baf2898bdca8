#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

struct Envelope
{
    int httpStatus = 0;
    qint64 code = -1;
    QJsonObject data;
};

} // namespace

/// The sandbox's auth host: authorization page, code exchange and refresh rotation.
class TestSandboxAuthHost final : public QObject
{
    Q_OBJECT

private slots:
    void exchangesAnAuthorizationCodeForWorkingTokens();
    void acceptsACodeOnlyOnceAndForThirtyMinutes();
    void rotatesRefreshTokens();
    void refusesAWrongAppSecret();

private:
    QString authorize(SandboxFixture &sandbox, const QString &state);
    Envelope tokenCall(SandboxFixture &sandbox, const QString &endpoint, const QList<std::pair<QString, QString>> &args,
        const QByteArray &secret = {});
};

QString TestSandboxAuthHost::authorize(SandboxFixture &sandbox, const QString &state)
{
    const auto [status, html] = sandbox.httpCall("GET", u"/open/authorize?service_id=7001&state="_s + state);
    if (status != 200)
        return {};
    const QRegularExpressionMatch match = QRegularExpression(u"href=\"([^\"]+)\""_s).match(QString::fromUtf8(html));
    const QUrl redirect(match.captured(1).replace(u"&amp;"_s, u"&"_s));
    const QUrlQuery query(redirect);
    return query.queryItemValue(u"state"_s) == state ? query.queryItemValue(u"code"_s) : QString();
}

Envelope TestSandboxAuthHost::tokenCall(SandboxFixture &sandbox, const QString &endpoint,
    const QList<std::pair<QString, QString>> &args, const QByteArray &secret)
{
    const SandboxCredentials &credentials = sandbox.server().credentials();
    QUrlQuery query;
    query.addQueryItem(u"app_key"_s, credentials.appKey);
    query.addQueryItem(u"app_secret"_s, QString::fromLatin1(secret.isEmpty() ? credentials.appSecret : secret));
    for (const auto &[key, value] : args)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    const auto [status, body] = sandbox.httpCall("GET", u"/api/v2/token/"_s + endpoint + u'?' + query.toString());
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    return {status, envelope.value(u"code"_s).toInteger(-1), envelope.value(u"data"_s).toObject()};
}

void TestSandboxAuthHost::exchangesAnAuthorizationCodeForWorkingTokens()
{
    SandboxFixture sandbox;
    const QString code = authorize(sandbox, u"st4te-1"_s);
    QVERIFY(!code.isEmpty());
    const Envelope grant
        = tokenCall(sandbox, u"get"_s, {{u"auth_code"_s, code}, {u"grant_type"_s, u"authorized_code"_s}});
    QCOMPARE(grant.code, 0);
    QVERIFY(grant.data.value(u"access_token"_s).toString().startsWith(u"TTP_"_s));
    // Expiry is an absolute epoch, seven days on (reference section 2.2).
    QCOMPARE(grant.data.value(u"access_token_expire_in"_s).toInteger(), sandbox.clock().nowSecs() + 7 * 86400);
    QVERIFY(grant.data.value(u"granted_scopes"_s).toArray().size() > 3);
    QCOMPARE(grant.data.value(u"seller_base_region"_s).toString(), u"US"_s);

    ShopConnection connection = sandbox.connection();
    connection.accessToken = Secret(grant.data.value(u"access_token"_s).toString().toLatin1());
    ApiClient client(connection, sandbox.clock());
    const Finished<QJsonObject> shops = waitFor(client.send(ApiCall(EndpointId::AuthorizedShops)));
    QVERIFY2(shops.finished && !shops.error, qPrintable(shops.error ? shops.error->toString() : QString()));
}

void TestSandboxAuthHost::acceptsACodeOnlyOnceAndForThirtyMinutes()
{
    SandboxFixture sandbox;
    const QList<std::pair<QString, QString>> grantType{{u"grant_type"_s, u"authorized_code"_s}};
    const QString code = authorize(sandbox, u"a"_s);
    QCOMPARE(
        tokenCall(sandbox, u"get"_s, grantType + QList<std::pair<QString, QString>>{{u"auth_code"_s, code}}).code, 0);
    QCOMPARE(tokenCall(sandbox, u"get"_s, grantType + QList<std::pair<QString, QString>>{{u"auth_code"_s, code}}).code,
        36004005);

    const QString late = authorize(sandbox, u"b"_s);
    sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 31 * 60}});
    QCOMPARE(tokenCall(sandbox, u"get"_s, grantType + QList<std::pair<QString, QString>>{{u"auth_code"_s, late}}).code,
        36004005);
    QCOMPARE(tokenCall(sandbox, u"get"_s, {{u"auth_code"_s, late}, {u"grant_type"_s, u"authorization_code"_s}}).code,
        36009004);
}

void TestSandboxAuthHost::rotatesRefreshTokens()
{
    SandboxFixture sandbox;
    const QString first = QString::fromLatin1(sandbox.server().credentials().refreshToken);
    const Envelope refreshed
        = tokenCall(sandbox, u"refresh"_s, {{u"refresh_token"_s, first}, {u"grant_type"_s, u"refresh_token"_s}});
    QCOMPARE(refreshed.code, 0);
    const QString second = refreshed.data.value(u"refresh_token"_s).toString();
    QVERIFY(!second.isEmpty() && second != first);

    // The used refresh token is spent; the new one works once more.
    QCOMPARE(
        tokenCall(sandbox, u"refresh"_s, {{u"refresh_token"_s, first}, {u"grant_type"_s, u"refresh_token"_s}}).code,
        36004001);
    QCOMPARE(
        tokenCall(sandbox, u"refresh"_s, {{u"refresh_token"_s, second}, {u"grant_type"_s, u"refresh_token"_s}}).code,
        0);
    QCOMPARE(
        tokenCall(sandbox, u"refresh"_s, {{u"refresh_token"_s, u"TTP_never"_s}, {u"grant_type"_s, u"refresh_token"_s}})
            .code,
        36004005);
    QCOMPARE(sandbox.admin("GET", u"/sandbox/stats"_s).value(u"token_refreshes"_s).toInt(), 2);
}

void TestSandboxAuthHost::refusesAWrongAppSecret()
{
    SandboxFixture sandbox;
    const Envelope answer = tokenCall(sandbox, u"refresh"_s,
        {{u"refresh_token"_s, QString::fromLatin1(sandbox.server().credentials().refreshToken)},
            {u"grant_type"_s, u"refresh_token"_s}},
        "wrong-secret");
    QCOMPARE(answer.code, 36009004);
    QCOMPARE(answer.httpStatus, 401);
}

QTEST_GUILESS_MAIN(TestSandboxAuthHost)
#include "tst_sandboxauthhost.moc"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandbox/sandboxbodycheck.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

struct RawAnswer
{
    int httpStatus = 0;
    qint64 code = -1;
    QString message;
};

} // namespace

/// The sandbox's gate, seen from a client: tokens, the timestamp window, versions, paths and the
/// shop scope answer with the production codes.
class TestSandboxGate final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAFreshClient();
    void reportsAnExpiredTokenAfterSevenDays();
    void refusesAnUnknownToken();
    void enforcesTheTimestampWindow_data();
    void enforcesTheTimestampWindow();
    void answersMalformedRequestsWithTheirCodes_data();
    void answersMalformedRequestsWithTheirCodes();
    void refusesAnOversizedBodyAndKeepsServing();
    void refusesABodyThatIsNeitherJsonNorMultipart();

private:
    RawAnswer rawCall(SandboxFixture &sandbox, const QByteArray &method, const QString &path, QueryItems query,
        const QByteArray &body, bool rawPlusInQuery = false, const QByteArray &contentType = "application/json");
};

void TestSandboxGate::acceptsAFreshClient()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::AuthorizedShops)));
    QVERIFY(result.finished);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
}

void TestSandboxGate::reportsAnExpiredTokenAfterSevenDays()
{
    SandboxFixture sandbox;
    sandbox.clock().advance(7 * 86400 + 1); // the client shares the clock, so only the token is stale
    // Without a refresh token the client cannot renew, so the expiry reaches the caller as such.
    ShopConnection connection = sandbox.connection();
    connection.refreshToken = {};
    ApiClient client(connection, sandbox.clock());
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::ProductsSearch)));
    QVERIFY(result.finished && result.error);
    QCOMPARE(result.error->category, ApiErrorCategory::Reauthorize);
    QCOMPARE(result.error->code, 105002);

    // A token issued now is good.
    ShopConnection renewed = sandbox.connection();
    renewed.accessToken = Secret(sandbox.server().issueAccessToken(3600));
    ApiClient fresh(renewed, sandbox.clock());
    const Finished<QJsonObject> again
        = waitFor(fresh.send(ApiCall(EndpointId::ProductsSearch).query(u"page_size"_s, 5)));
    QVERIFY2(again.finished && !again.error, qPrintable(again.error ? again.error->toString() : QString()));
}

void TestSandboxGate::refusesAnUnknownToken()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.accessToken = Secret("TTP_made_up");
    ApiClient client(connection, sandbox.clock());
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::AuthorizedShops)));
    QVERIFY(result.finished && result.error);
    QCOMPARE(result.error->code, 105001);
    QCOMPARE(result.error->category, ApiErrorCategory::Reauthorize);
}

void TestSandboxGate::enforcesTheTimestampWindow_data()
{
    QTest::addColumn<qint64>("clientOffset");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a client four minutes slow is accepted") << qint64(-240) << true;
    QTest::newRow("a client six minutes slow is refused") << qint64(-360) << false;
    QTest::newRow("a client twenty seconds fast is accepted") << qint64(20) << true;
    QTest::newRow("a client a minute fast is refused") << qint64(60) << false;
}

void TestSandboxGate::enforcesTheTimestampWindow()
{
    QFETCH(qint64, clientOffset);
    QFETCH(bool, accepted);
    SandboxFixture sandbox;
    FakeClock clientClock(sandbox.clock().nowSecs() + clientOffset);
    ApiClient client(sandbox.connection(), clientClock);
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::AuthorizedShops)));
    QVERIFY(result.finished);
    QCOMPARE(!result.error.has_value(), accepted);
    if (!accepted) {
        QCOMPARE(result.error->code, 36009004);
        QCOMPARE(result.error->category, ApiErrorCategory::Signature);
        QVERIFY(result.error->message.contains(u"timestamp"_s));
    }
}

void TestSandboxGate::answersMalformedRequestsWithTheirCodes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withCipher");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("rawPlus");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<qint64>("code");

    const QString search = u"/product/202309/products/search"_s;
    QTest::newRow("a well-formed search succeeds")
        << QByteArray("POST") << search << true << u"10"_s << QByteArray("{}") << false << 200 << qint64(0);
    QTest::newRow("a newer published version of search also works")
        << QByteArray("POST") << u"/product/202502/products/search"_s << true << u"10"_s << QByteArray("{}") << false
        << 200 << qint64(0);
    QTest::newRow("an unpublished version") << QByteArray("POST") << u"/product/202001/products/search"_s << true
                                            << u"10"_s << QByteArray("{}") << false << 404 << qint64(36009014);
    QTest::newRow("a path that does not exist") << QByteArray("POST") << u"/product/202309/products/find/all"_s << true
                                                << u"10"_s << QByteArray("{}") << false << 404 << qint64(36009009);
    QTest::newRow("the legacy v2 path of the seed document")
        << QByteArray("GET") << u"/api/v2/product/search"_s << true << u"10"_s << QByteArray() << false << 404
        << qint64(36009009);
    QTest::newRow("GET on a POST route") << QByteArray("GET") << u"/order/202309/orders/search"_s << true << u"10"_s
                                         << QByteArray() << false << 405 << qint64(36009010);
    QTest::newRow("a shop route without shop_cipher")
        << QByteArray("POST") << search << false << u"10"_s << QByteArray("{}") << false << 400 << qint64(106013);
    QTest::newRow("shop_cipher where it is forbidden") << QByteArray("GET") << u"/authorization/202309/shops"_s << true
                                                       << QString() << QByteArray() << false << 400 << qint64(36009004);
    QTest::newRow("page_size above the endpoint's maximum")
        << QByteArray("POST") << search << true << u"101"_s << QByteArray("{}") << false << 400 << qint64(12019109);
    QTest::newRow("a body that is not JSON") << QByteArray("POST") << search << true << u"10"_s
                                             << QByteArray("{\"status\":") << false << 400 << qint64(36009022);
    QTest::newRow("a status of the wrong type") << QByteArray("POST") << search << true << u"10"_s
                                                << QByteArray(R"({"status":7})") << false << 400 << qint64(12052910);
    QTest::newRow("a page token sent with a bare plus sign")
        << QByteArray("POST") << search << true << u"10"_s << QByteArray("{}") << true << 401 << qint64(106001);
}

void TestSandboxGate::answersMalformedRequestsWithTheirCodes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, withCipher);
    QFETCH(QString, pageSize);
    QFETCH(QByteArray, body);
    QFETCH(bool, rawPlus);
    QFETCH(int, httpStatus);
    QFETCH(qint64, code);

    SandboxFixture sandbox;
    QueryItems query;
    if (withCipher)
        query.append({u"shop_cipher"_s, sandbox.server().shops().first().cipher});
    if (!pageSize.isEmpty())
        query.append({u"page_size"_s, pageSize});
    if (rawPlus)
        query.append({u"page_token"_s, u"a+b"_s});
    const RawAnswer answer = rawCall(sandbox, method, path, query, body, rawPlus);
    QCOMPARE(answer.code, code);
    QCOMPARE(answer.httpStatus, httpStatus);
    QVERIFY(!answer.message.isEmpty());
}

void TestSandboxGate::refusesAnOversizedBodyAndKeepsServing()
{
    SandboxFixture sandbox;
    const QString search = u"/order/202309/orders/search"_s;
    const QueryItems query{{u"shop_cipher"_s, sandbox.server().shops().first().cipher}, {u"page_size"_s, u"10"_s}};
    // A JSON body one byte over the limit; its padding would be valid JSON, so only the size refuses it.
    QByteArray huge = R"({"order_status":"UNPAID","padding":")";
    huge += QByteArray(SandboxBodyCheck::maxJsonBodyBytes - huge.size() - 1, 'x') + "\"}";
    QCOMPARE(huge.size(), SandboxBodyCheck::maxJsonBodyBytes + 1);
    const RawAnswer refused = rawCall(sandbox, "POST", search, query, huge);
    QCOMPARE(refused.httpStatus, 413);
    QCOMPARE(refused.code, qint64(36009021));
    QVERIFY(refused.message.contains(QString::number(SandboxBodyCheck::maxJsonBodyBytes)));
    // The admin routes are behind the same gate.
    QCOMPARE(sandbox.httpCall("POST", u"/sandbox/clock"_s, huge).first, 413);

    // The server still serves, and the refused request changed nothing.
    const RawAnswer fine = rawCall(sandbox, "POST", search, query, R"({"order_status":"UNPAID"})");
    QCOMPARE(fine.httpStatus, 200);
    QCOMPARE(fine.code, qint64(0));
    QCOMPARE(sandbox.admin("GET", u"/sandbox/clock"_s).value(u"offset"_s).toInteger(), 0);
}

void TestSandboxGate::refusesABodyThatIsNeitherJsonNorMultipart()
{
    SandboxFixture sandbox;
    const QString search = u"/product/202309/products/search"_s;
    const QueryItems query{{u"shop_cipher"_s, sandbox.server().shops().first().cipher}, {u"page_size"_s, u"10"_s}};
    const RawAnswer form
        = rawCall(sandbox, "POST", search, query, "status=ACTIVATE", false, "application/x-www-form-urlencoded");
    QCOMPARE(form.httpStatus, 415);
    QCOMPARE(form.code, qint64(36009022));
    QVERIFY(form.message.contains(u"application/x-www-form-urlencoded"_s));
    // A charset parameter is still JSON.
    const RawAnswer json = rawCall(sandbox, "POST", search, query, "{}", false, "application/json; charset=utf-8");
    QCOMPARE(json.code, qint64(0));
}

RawAnswer TestSandboxGate::rawCall(SandboxFixture &sandbox, const QByteArray &method, const QString &path,
    QueryItems query, const QByteArray &body, bool rawPlusInQuery, const QByteArray &contentType)
{
    const SandboxCredentials &credentials = sandbox.server().credentials();
    query.append({u"app_key"_s, credentials.appKey});
    query.append({u"timestamp"_s, QString::number(sandbox.clock().nowSecs())});
    query.append({u"sign"_s, QString::fromLatin1(RequestSigner::sign(credentials.appSecret, path, query, body))});
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        // rawPlusInQuery imitates a client that forgets to encode `+`.
        const QByteArray text = rawPlusInQuery ? QUrl::toPercentEncoding(value, "+") : QUrl::toPercentEncoding(value);
        encoded += (encoded.isEmpty() ? "" : "&") + key.toUtf8() + '=' + text;
    }
    QUrl url = sandbox.server().baseUrl();
    url.setPath(path);
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    request.setRawHeader("x-tts-access-token", credentials.accessToken);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), envelope.value(u"code"_s).toInteger(-1),
        envelope.value(u"message"_s).toString()};
}

QTEST_GUILESS_MAIN(TestSandboxGate)
#include "tst_sandboxgate.moc"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include "api/apiclient.h"
#include "fakeclock.h"
#include "replywaiter.h"
#include "sandbox/sandboxrequest.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// A real HTTP peer on loopback that records the raw request and answers with a canned body, for
/// checking bytes on the wire and the client's reading of odd answers.
class RecordingPeer final : public QTcpServer
{
public:
    explicit RecordingPeer(const QByteArray &status, const QByteArray &body)
        : m_answer(answer(status, body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto received = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    const bool answered = received->contains("\r\n\r\n");
                    *received += socket->readAll();
                    request = *received;
                    if (answered || !received->contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const bool laterPage = !m_laterPages.isEmpty() && requestTarget().contains("page_token=");
                    socket->write(laterPage ? m_laterPages : m_answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    /// Answers requests for a page after the first with this instead.
    void answerLaterPagesWith(const QByteArray &status, const QByteArray &body) { m_laterPages = answer(status, body); }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    QByteArray requestTarget() const { return request.split('\n').value(0).split(' ').value(1); }

    QByteArray request;
    int requests = 0;

private:
    static QByteArray answer(const QByteArray &status, const QByteArray &body)
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    QByteArray m_answer;
    QByteArray m_laterPages;
};

ShopConnection connectionTo(const QUrl &url)
{
    ShopConnection connection;
    connection.apiBaseUrl = url;
    connection.appKey = u"k1"_s;
    connection.appSecret = Secret("s3cret");
    connection.accessToken = Secret("TTP_token");
    connection.shopCipher = u"ROW_cipher"_s;
    return connection;
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void sendsPageTokensPercentEncodedAndSignsThemDecoded();
    void omitsTheCipherWhereTheEndpointForbidsIt();
    void turnsOddAnswersIntoErrors_data();
    void turnsOddAnswersIntoErrors();
    void aPageAskedAheadFailsOnlyAfterThePageBefore();
    void aHeldWalkAsksForNoPageUntilReleased();
};

void TestApiClient::sendsPageTokensPercentEncodedAndSignsThemDecoded()
{
    RecordingPeer peer("200 OK", R"({"code":0,"message":"Success","request_id":"r1","data":{"products":[]}})");
    FakeClock clock;
    ApiClient client(connectionTo(peer.url()), clock);
    const QString token = u"+/+/AQAAAGT3m0k+x=="_s;
    const Finished<QJsonObject> result
        = waitFor(client.send(ApiCall(EndpointId::ProductsSearch).query(u"page_token"_s, token)));
    QVERIFY(result.finished && !result.error);

    const QByteArray target = peer.requestTarget();
    QVERIFY2(target.contains("page_token=%2B%2F%2B%2FAQAAAGT3m0k%2Bx%3D%3D"), target.constData());
    const QByteArray rawQuery = target.mid(target.indexOf('?') + 1);
    QVERIFY(!rawQuery.contains('+'));

    // Decoded the way a server decodes it, the token is intact and the signature matches it.
    SandboxRequest request;
    request.query = SandboxRequest::decodeQuery(rawQuery);
    QCOMPARE(request.queryValue(u"page_token"), token);
    QCOMPARE(request.queryValue(u"shop_cipher"), u"ROW_cipher"_s);
    QCOMPARE(request.queryValue(u"timestamp"), QString::number(clock.nowSecs()));
    const QByteArray body = peer.request.mid(peer.request.indexOf("\r\n\r\n") + 4);
    QCOMPARE(body, QByteArray("{}"));
    QCOMPARE(request.queryValue(u"sign").toLatin1(),
        RequestSigner::sign("s3cret", u"/product/202309/products/search", request.query, body));
    QVERIFY(peer.request.contains("x-tts-access-token: TTP_token\r\n"));
    QVERIFY(!rawQuery.contains("access_token"));
}

void TestApiClient::omitsTheCipherWhereTheEndpointForbidsIt()
{
    RecordingPeer peer("200 OK", R"({"code":0,"message":"Success","request_id":"r2","data":{"shops":[]}})");
    FakeClock clock;
    ApiClient client(connectionTo(peer.url()), clock);
    QVERIFY(waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).finished);
    QVERIFY(peer.requestTarget().startsWith("/authorization/202309/shops?"));
    QVERIFY(!peer.requestTarget().contains("shop_cipher"));
    QVERIFY(peer.request.startsWith("GET "));
}

void TestApiClient::turnsOddAnswersIntoErrors_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiErrorCategory>("category");
    QTest::addColumn<qint64>("code");

    QTest::newRow("an HTML error page") << QByteArray("502 Bad Gateway") << QByteArray("<html>bad gateway</html>")
                                        << ApiErrorCategory::Server << qint64(0);
    QTest::newRow("a truncated envelope")
        << QByteArray("200 OK") << QByteArray(R"({"code":0,"data":{"pro)") << ApiErrorCategory::Decode << qint64(0);
    QTest::newRow("a code given as text")
        << QByteArray("200 OK") << QByteArray(R"({"code":"0","data":{}})") << ApiErrorCategory::Decode << qint64(0);
    QTest::newRow("data that is a list") << QByteArray("200 OK") << QByteArray(R"({"code":0,"data":[]})")
                                         << ApiErrorCategory::Decode << qint64(0);
    QTest::newRow("rate limited with HTTP 429")
        << QByteArray("429 Too Many Requests")
        << QByteArray(R"({"code":36009002,"message":"Too many requests","request_id":"x"})")
        << ApiErrorCategory::RateLimited << qint64(36009002);
    // An expired token with no refresh token to renew it means authorizing again.
    QTest::newRow("the seed document's token-expired alias")
        << QByteArray("200 OK") << QByteArray(R"({"code":10014,"message":"token expired"})")
        << ApiErrorCategory::Reauthorize << qint64(10014);
    QTest::newRow("a clock outside the window")
        << QByteArray("401 Unauthorized") << QByteArray(R"({"code":36009004,"message":"Invalid timestamp."})")
        << ApiErrorCategory::Signature << qint64(36009004);
}

void TestApiClient::turnsOddAnswersIntoErrors()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiErrorCategory, category);
    QFETCH(qint64, code);
    RecordingPeer peer(status, body);
    FakeClock clock;
    ApiClient client(connectionTo(peer.url()), clock);
    client.setRetryPolicy({.maxAttempts = 1});
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::ProductsSearch)));
    QVERIFY(result.finished);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->category, category);
    QCOMPARE(result.error->code, code);
}

void TestApiClient::aPageAskedAheadFailsOnlyAfterThePageBefore()
{
    RecordingPeer peer("200 OK",
        R"({"code":0,"message":"Success","request_id":"r1",)"
        R"("data":{"products":[{"id":"1"},{"id":"2"}],"next_page_token":"p2","total_count":4}})");
    peer.answerLaterPagesWith(
        "400 Bad Request", R"({"code":12052048,"message":"Invalid page token","request_id":"r2"})");
    FakeClock clock;
    ApiClient client(connectionTo(peer.url()), clock);
    client.setRetryPolicy({.maxAttempts = 1});
    QStringList handled;
    ApiReply *walk = client.sendPaged<QStringList>(
        ApiCall(EndpointId::ProductsSearch),
        [](const QJsonObject &data) -> Result<QStringList> {
            // Slow: the second page is asked for before this decoding starts and fails long before
            // it ends.
            QThread::msleep(300);
            QStringList ids;
            for (const QJsonValue &product : data.value(u"products").toArray())
                ids.append(product.toObject().value(u"id").toString());
            return ids;
        },
        [&handled](QStringList &&ids) -> Result<qsizetype> {
            handled += ids;
            return ids.size();
        },
        ApiClient::PageRequests::Ahead);
    QStringList handledWhenFinished;
    std::optional<ApiError> error;
    connect(walk, &ApiReply::finished, this, [&] {
        handledWhenFinished = handled;
        error = walk->error();
    });
    QTRY_VERIFY(error.has_value());
    // The first page reached its handler before the walk ended with the second page's error.
    QCOMPARE(handledWhenFinished, (QStringList{u"1"_s, u"2"_s}));
    QCOMPARE(error->code, 12052048);
    QTest::qWait(50);
    QCOMPARE(handled.size(), 2);
}

void TestApiClient::aHeldWalkAsksForNoPageUntilReleased()
{
    RecordingPeer peer("200 OK",
        R"({"code":0,"message":"Success","request_id":"r1","data":{"products":[{"id":"1"}],"next_page_token":"p2"}})");
    peer.answerLaterPagesWith(
        "200 OK", R"({"code":0,"message":"Success","request_id":"r2","data":{"products":[{"id":"2"}]}})");
    FakeClock clock;
    ApiClient client(connectionTo(peer.url()), clock);
    int pages = 0;
    PagedReply *walk = nullptr;
    walk = client.sendPaged(ApiCall(EndpointId::ProductsSearch), [&pages, &walk](const QJsonObject &) {
        // A consumer that falls behind, after the first page.
        if (++pages == 1)
            walk->hold();
        return Result<qsizetype>(1);
    });
    bool finished = false;
    connect(walk, &ApiReply::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(pages, 1);
    QTest::qWait(300);
    QCOMPARE(peer.requests, 1);
    QVERIFY(!finished);

    walk->release();
    QTRY_VERIFY(finished);
    QCOMPARE(peer.requests, 2);
    QCOMPARE(pages, 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

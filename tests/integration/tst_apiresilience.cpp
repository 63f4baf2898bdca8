#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;
using namespace std::chrono_literals;

namespace {

/// Sends `count` calls at once and collects every outcome as it arrives (replies delete themselves).
QList<std::optional<ApiError>> sendAll(ApiClient &client, const ApiCall &call, int count)
{
    QList<std::optional<ApiError>> outcomes;
    QObject context;
    for (int i = 0; i < count; ++i) {
        Reply<QJsonObject> *reply = client.send(call);
        QObject::connect(reply, &ApiReply::finished, &context, [reply, &outcomes] { outcomes.append(reply->error()); });
    }
    static_cast<void>(QTest::qWaitFor([&outcomes, count] { return outcomes.size() == count; }, 60000));
    return outcomes;
}

qint64 requestsTo(SandboxFixture &sandbox, const QString &route)
{
    return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInteger();
}

int failures(const QList<std::optional<ApiError>> &outcomes)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const auto &error) { return error.has_value(); }));
}

const QString shopsRoute = u"GET /authorization/{version}/shops"_s;
const QString searchRoute = u"POST /product/{version}/products/search"_s;

QJsonObject faultRule(const QString &route, const QString &fault, int count)
{
    return {{u"rules"_s, QJsonArray{QJsonObject{{u"route"_s, route}, {u"fault"_s, fault}, {u"count"_s, count}}}}};
}

} // namespace

/// The client under the conditions of a real day: expiring tokens, rate limits and a flaky server.
class TestApiResilience final : public QObject
{
    Q_OBJECT

private slots:
    void refreshesAnExpiredTokenOnceForConcurrentRequests();
    void refreshesAheadOfAKnownExpiry();
    void asksForReauthorizationWhenTheRefreshFails();
    void throttlesBelowTheServerLimit();
    void retriesRateLimitsAndServerErrors();
    void givesUpAfterTheLastAttempt();
    void cancelStopsARetry();
    void retriesABriefRateLimitWithinSlotsThenHonoursRetryAfter();
};

void TestApiResilience::refreshesAnExpiredTokenOnceForConcurrentRequests()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    QSignalSpy refreshed(&client, &ApiClient::tokensRefreshed);
    const QByteArray oldToken = client.connection().accessToken.reveal();
    sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 8 * 86400}});

    const QList<std::optional<ApiError>> outcomes = sendAll(client, ApiCall(EndpointId::AuthorizedShops), 20);
    QCOMPARE(outcomes.size(), 20);
    QCOMPARE(failures(outcomes), 0);
    QCOMPARE(sandbox.server().stats().value(u"token_refreshes"_s).toInt(), 1);
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(client.connection().accessToken.reveal() != oldToken);
    // Each request was refused once with the old token and replayed once with the new one.
    QCOMPARE(requestsTo(sandbox, shopsRoute), 40);
}

void TestApiResilience::refreshesAheadOfAKnownExpiry()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.accessTokenExpiresAt = sandbox.clock().nowSecs() + 60; // inside the refresh margin
    ApiClient client(connection, sandbox.clock());
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::AuthorizedShops)));
    QVERIFY(result.finished && !result.error);
    QCOMPARE(sandbox.server().stats().value(u"token_refreshes"_s).toInt(), 1);
    QCOMPARE(requestsTo(sandbox, shopsRoute), 1); // never sent with the old token
    QVERIFY(client.connection().accessTokenExpiresAt > sandbox.clock().nowSecs() + 86400);
}

void TestApiResilience::asksForReauthorizationWhenTheRefreshFails()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.refreshToken = Secret("TTP_revoked_long_ago");
    ApiClient client(connection, sandbox.clock());
    QSignalSpy reauthorize(&client, &ApiClient::reauthorizationNeeded);
    sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 8 * 86400}});

    Reply<QJsonObject> *first = client.send(ApiCall(EndpointId::AuthorizedShops));
    const Finished<QJsonObject> result = waitFor(first);
    QVERIFY(result.finished && result.error);
    QCOMPARE(result.error->category, ApiErrorCategory::Reauthorize);
    QCOMPARE(result.error->code, 36004005);
    QVERIFY2(result.error->message.contains(u"Maple & Co. US"_s), qPrintable(result.error->message));
    QCOMPARE(reauthorize.size(), 1);
}

void TestApiResilience::throttlesBelowTheServerLimit()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 1, .productsPerShop = 10, .queriesPerSecond = 10});
    ApiClient client(sandbox.connection(), sandbox.clock());
    // A little under the server's quota, as the default 50 against production's 50 leaves no margin
    // for bunching on the wire; the default is tested by the sync benchmarks.
    client.setQueriesPerSecond(8);
    const QList<std::optional<ApiError>> outcomes = sendAll(client, ApiCall(EndpointId::AuthorizedShops), 30);
    QCOMPARE(failures(outcomes), 0);
    QCOMPARE(sandbox.server().stats().value(u"rate_limited"_s).toInt(), 0);
    QCOMPARE(requestsTo(sandbox, shopsRoute), 30);
}

void TestApiResilience::retriesRateLimitsAndServerErrors()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    client.setRetryPolicy({.maxAttempts = 5, .baseDelay = 10ms, .maxDelay = 50ms});

    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(shopsRoute, u"429"_s, 2));
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
    QCOMPARE(requestsTo(sandbox, shopsRoute), 3);

    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(searchRoute, u"500"_s, 2));
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::ProductsSearch).query(u"page_size"_s, 5))).error);
    QCOMPARE(requestsTo(sandbox, searchRoute), 3);

    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(searchRoute, u"drop"_s, 1));
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::ProductsSearch).query(u"page_size"_s, 5))).error);
    QCOMPARE(requestsTo(sandbox, searchRoute), 5);
}

void TestApiResilience::givesUpAfterTheLastAttempt()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    client.setRetryPolicy({.maxAttempts = 3, .baseDelay = 10ms, .maxDelay = 20ms});
    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(searchRoute, u"500"_s, 10));
    const Finished<QJsonObject> result
        = waitFor(client.send(ApiCall(EndpointId::ProductsSearch).query(u"page_size"_s, 5)));
    QVERIFY(result.finished && result.error);
    QCOMPARE(result.error->category, ApiErrorCategory::Server);
    QCOMPARE(requestsTo(sandbox, searchRoute), 3);
}

void TestApiResilience::cancelStopsARetry()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    // Long enough that a loaded machine still sees the first request before the retry is due.
    client.setRetryPolicy({.maxAttempts = 5, .baseDelay = 2s, .maxDelay = 2s});
    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(shopsRoute, u"500"_s, 10));
    Reply<QJsonObject> *reply = client.send(ApiCall(EndpointId::AuthorizedShops));
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(requestsTo(sandbox, shopsRoute), 1);
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    // The retry would have gone out within 2 s of the failure; longer than that passes without it.
    QVERIFY(!QTest::qWaitFor([&sandbox] { return requestsTo(sandbox, shopsRoute) > 1; }, 2500));
}

void TestApiResilience::retriesABriefRateLimitWithinSlotsThenHonoursRetryAfter()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    QElapsedTimer timer;

    // One 429 (the sandbox asks for Retry-After: 1) costs a few 20 ms slots, not a second; the
    // bound leaves room for a loaded machine.
    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(shopsRoute, u"429"_s, 1));
    timer.start();
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
    QVERIFY2(timer.elapsed() < 700, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(requestsTo(sandbox, shopsRoute), 2);

    // Refused again and again, the quota is really spent: the third retry waits as the server asked.
    sandbox.admin("POST", u"/sandbox/faults"_s, faultRule(shopsRoute, u"429"_s, 3));
    timer.restart();
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(requestsTo(sandbox, shopsRoute), 6);
}

QTEST_GUILESS_MAIN(TestApiResilience)
#include "tst_apiresilience.moc"

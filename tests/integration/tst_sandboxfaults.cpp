#include <QJsonArray>
#include <QTest>

#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandbox/faultplan.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

using namespace std::chrono_literals;

/// The sandbox's rate limit and fault injection, seen by a real client.
class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private slots:
    void limitsTheRatePerEndpoint();
    void injectsEachFault_data();
    void injectsEachFault();
    void burstsStopAfterTheirCount();
    void refusesAnUnknownFault();
    void advancingTheClockExpiresTokensButNotTimestamps();
    void resetRestoresTheSeed();
};

void TestSandboxFaults::limitsTheRatePerEndpoint()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 1, .productsPerShop = 20, .queriesPerSecond = 5});
    ApiClient client(sandbox.connection(), sandbox.clock());
    // The raw server behaviour: no client-side throttle, no retries.
    client.setQueriesPerSecond(0);
    client.setRetryPolicy({.maxAttempts = 1});
    // Replies delete themselves once finished, so every outcome is collected as it arrives.
    QList<std::optional<ApiError>> outcomes;
    QObject context;
    for (int i = 0; i < 20; ++i) {
        Reply<QJsonObject> *reply = client.send(ApiCall(EndpointId::ProductsSearch).query(u"page_size"_s, 1));
        connect(reply, &ApiReply::finished, &context, [reply, &outcomes] { outcomes.append(reply->error()); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 20, 20000);
    int limited = 0;
    int succeeded = 0;
    for (const std::optional<ApiError> &error : outcomes) {
        if (!error) {
            ++succeeded;
        } else {
            QCOMPARE(error->code, 36009002);
            QCOMPARE(error->category, ApiErrorCategory::RateLimited);
            QCOMPARE(error->httpStatus, 429);
            QVERIFY(error->retrySafe);
            ++limited;
        }
    }
    // A bucket of 5 that refills at 5/s cannot pass 20 requests sent at once.
    QVERIFY2(succeeded >= 5 && succeeded < 20, qPrintable(QString::number(succeeded)));
    QCOMPARE(sandbox.admin("GET", u"/sandbox/stats"_s).value(u"rate_limited"_s).toInt(), limited);
    // Another endpoint has its own bucket.
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
}

void TestSandboxFaults::injectsEachFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiErrorCategory>("category");
    QTest::addColumn<qint64>("code");

    QTest::newRow("a 429 burst") << u"429"_s << ApiErrorCategory::RateLimited << qint64(36009002);
    QTest::newRow("a 503 overload") << u"503"_s << ApiErrorCategory::Server << qint64(36009003);
    QTest::newRow("a 500 error") << u"500"_s << ApiErrorCategory::Server << qint64(36009003);
    QTest::newRow("a dropped connection") << u"drop"_s << ApiErrorCategory::Network << qint64(0);
    QTest::newRow("a truncated body") << u"truncate"_s << ApiErrorCategory::Decode << qint64(0);
    QTest::newRow("an HTML body") << u"malformed"_s << ApiErrorCategory::Decode << qint64(0);
    QTest::newRow("an answer slower than the client waits") << u"latency"_s << ApiErrorCategory::Timeout << qint64(0);
}

void TestSandboxFaults::injectsEachFault()
{
    QFETCH(QString, fault);
    QFETCH(ApiErrorCategory, category);
    QFETCH(qint64, code);
    SandboxFixture sandbox;
    const QJsonObject plan = sandbox.admin("POST", u"/sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"route"_s, u"POST /product/{version}/products/search"_s}, {u"fault"_s, fault},
                {u"fraction"_s, 1.0}, {u"latency_ms"_s, 3000}}}}});
    QCOMPARE(plan.value(u"rules"_s).toArray().size(), 1);

    ApiClient client(sandbox.connection(), sandbox.clock());
    client.setTransferTimeout(500ms);
    client.setRetryPolicy({.maxAttempts = 1});
    const Finished<QJsonObject> result
        = waitFor(client.send(ApiCall(EndpointId::ProductsSearch).query(u"page_size"_s, 5)));
    QVERIFY(result.finished);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->category, category);
    QCOMPARE(result.error->code, code);
    // Other routes are untouched.
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
}

void TestSandboxFaults::burstsStopAfterTheirCount()
{
    SandboxFixture sandbox;
    FaultPlan plan = FaultPlan::fromJson(
        {{u"rules"_s, QJsonArray{QJsonObject{{u"route"_s, u"*"_s}, {u"fault"_s, u"503"_s}, {u"count"_s, 2}}}}})
                         .value();
    sandbox.server().setFaultPlan(plan);
    ApiClient client(sandbox.connection(), sandbox.clock());
    client.setRetryPolicy({.maxAttempts = 1});
    QCOMPARE(waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error->httpStatus, 503);
    QCOMPARE(waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error->httpStatus, 503);
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
}

void TestSandboxFaults::refusesAnUnknownFault()
{
    SandboxFixture sandbox;
    const auto [status, body]
        = sandbox.httpCall("POST", u"/sandbox/faults"_s, R"({"rules":[{"route":"*","fault":"gremlins"}]})");
    QCOMPARE(status, 400);
    QVERIFY(body.contains("rules[0].fault"));
    QVERIFY(!FaultPlan::fromJson({{u"rules"_s, QJsonArray{QJsonObject{{u"fault"_s, u"503"_s}, {u"fraction"_s, 2}}}}}));
}

void TestSandboxFaults::advancingTheClockExpiresTokensButNotTimestamps()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.refreshToken = {}; // no refresh, so the expiry itself is seen
    ApiClient client(connection, sandbox.clock());
    const QJsonObject clock = sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 8 * 86400}});
    QCOMPARE(clock.value(u"offset"_s).toInteger(), 8 * 86400);
    // The client's clock did not move; its timestamp is still accepted, but the token has expired.
    const Finished<QJsonObject> result = waitFor(client.send(ApiCall(EndpointId::AuthorizedShops)));
    QVERIFY(result.finished && result.error);
    QCOMPARE(result.error->category, ApiErrorCategory::Reauthorize);
    QCOMPARE(
        sandbox.server().stats().value(u"requests"_s).toObject().value(u"GET /authorization/{version}/shops"_s).toInt(),
        1);
}

void TestSandboxFaults::resetRestoresTheSeed()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.refreshToken = {};
    ApiClient client(connection, sandbox.clock());
    sandbox.admin("POST", u"/sandbox/clock"_s, {{u"advance_seconds"_s, 8 * 86400}});
    QVERIFY(waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
    QVERIFY(sandbox.admin("POST", u"/sandbox/reset"_s).value(u"reset"_s).toBool());
    QVERIFY(!waitFor(client.send(ApiCall(EndpointId::AuthorizedShops))).error);
    QCOMPARE(sandbox.admin("GET", u"/sandbox/stats"_s).value(u"requests"_s).toObject().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/affiliateservice.h"
#include "api/analyticsservice.h"
#include "api/apiclient.h"
#include "api/shopsession.h"
#include "domain/shopregion.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/affiliaterepository.h"
#include "store/cachedatabase.h"
#include "store/livesessionrepository.h"
#include "sync/affiliateordercatalog.h"
#include "sync/collaborationcatalog.h"
#include "sync/creatorcatalog.h"
#include "sync/livesessioncatalog.h"
#include "sync/offlinefill.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

using Source = CacheFirstCatalog::Source;
using Span = JsonRowTable::Span;

constexpr qint64 day = 86400;

/// The services of the sandbox's first shop over real HTTP, and a cache file of its own.
struct Rig
{
    explicit Rig(SandboxFixture &sandbox)
        : client(sandbox.connection(), sandbox.clock())
        , affiliates(client)
        , analytics(client)
        , cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release())
        , shopId(sandbox.connection().shopId)
    { }

    QTemporaryDir folder;
    ApiClient client;
    AffiliateService affiliates;
    AnalyticsService analytics;
    std::unique_ptr<CacheDatabase> cache;
    QString shopId;
};

/// The same services with nobody listening: every request fails at once.
struct OfflineRig
{
    OfflineRig(const ShopConnection &connection, const Clock &clock)
        : client(connection, clock)
        , affiliates(client)
        , analytics(client)
    {
        client.setRetryPolicy({.maxAttempts = 1});
    }

    ApiClient client;
    AffiliateService affiliates;
    AnalyticsService analytics;
};

template <typename T>
T argument(const QSignalSpy &spy, qsizetype call, int index)
{
    return spy.at(call).at(index).value<T>();
}

} // namespace

/// The Affiliates and LIVE panes' sources against the sandbox over real HTTP: what they show equals
/// what the server serves, a second load answers from the cache first, and with the server gone
/// the cached lists stay with the time they were saved.
class TestAffiliateLiveCache final : public QObject
{
    Q_OBJECT

private slots:
    void collaborationsComeBackFromTheCache();
    void collaborationsStayWhenTheServerIsGone();
    void affiliateOrdersAreCachedBySpan();
    void liveSessionsComeBackFromTheCache();
    void creatorsSeenBeforeAnswerOffline();
    void firstSyncFillsEveryAreaOnce();
    void firstSyncGoesOnPastAFailedArea();
};

void TestAffiliateLiveCache::collaborationsComeBackFromTheCache()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
    Rig rig(sandbox);
    const QList<OpenCollaboration> open = waitFor(rig.affiliates.searchOpenCollaborations()).value;
    const QList<TargetCollaboration> target = waitFor(rig.affiliates.searchTargetCollaborations()).value;
    QVERIFY(!open.isEmpty());
    QVERIFY(!target.isEmpty());

    CollaborationCatalog first(rig.affiliates, rig.cache.get(), rig.shopId, sandbox.clock());
    QSignalSpy firstLoaded(&first, &CollaborationCatalog::collaborationsLoaded);
    first.load();
    QVERIFY(first.isLoading());
    QVERIFY(firstLoaded.wait(20000));
    QCOMPARE(firstLoaded.size(), 1); // an empty cache has nothing to show first
    QCOMPARE(argument<Source>(firstLoaded, 0, 2), Source::Server);
    QCOMPARE(argument<QList<OpenCollaboration>>(firstLoaded, 0, 0), open);
    QCOMPARE(argument<QList<TargetCollaboration>>(firstLoaded, 0, 1), target);
    QCOMPARE(first.lastSyncedAt(), sandbox.clock().nowSecs());

    CollaborationCatalog second(rig.affiliates, rig.cache.get(), rig.shopId, sandbox.clock());
    QSignalSpy secondLoaded(&second, &CollaborationCatalog::collaborationsLoaded);
    second.load();
    QCOMPARE(secondLoaded.size(), 1);
    QCOMPARE(argument<Source>(secondLoaded, 0, 2), Source::Cache);
    QCOMPARE(argument<QList<OpenCollaboration>>(secondLoaded, 0, 0).size(), open.size());
    QCOMPARE(argument<QList<TargetCollaboration>>(secondLoaded, 0, 1).size(), target.size());
    for (const OpenCollaboration &collaboration : open)
        QVERIFY(argument<QList<OpenCollaboration>>(secondLoaded, 0, 0).contains(collaboration));
    for (const TargetCollaboration &collaboration : target)
        QVERIFY(argument<QList<TargetCollaboration>>(secondLoaded, 0, 1).contains(collaboration));
    QVERIFY(secondLoaded.wait(20000));
    QCOMPARE(argument<Source>(secondLoaded, 1, 2), Source::Server);
}

void TestAffiliateLiveCache::collaborationsStayWhenTheServerIsGone()
{
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopConnection connection;
    FakeClock clock;
    qsizetype openCount = 0;
    {
        SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        ApiClient client(connection, sandbox.clock());
        AffiliateService service(client);
        CollaborationCatalog catalog(service, cache.get(), connection.shopId, sandbox.clock());
        QSignalSpy loaded(&catalog, &CollaborationCatalog::collaborationsLoaded);
        catalog.load();
        QVERIFY(loaded.wait(20000));
        openCount = argument<QList<OpenCollaboration>>(loaded, 0, 0).size();
    }
    clock.set(clock.nowSecs() + 3600);
    OfflineRig offline(connection, clock);
    CollaborationCatalog catalog(offline.affiliates, cache.get(), connection.shopId, clock);
    QSignalSpy loaded(&catalog, &CollaborationCatalog::collaborationsLoaded);
    QSignalSpy failed(&catalog, &CollaborationCatalog::loadFailed);
    catalog.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(argument<QList<OpenCollaboration>>(loaded, 0, 0).size(), openCount);
    QVERIFY(failed.wait(20000));
    QCOMPARE(argument<ApiError>(failed, 0, 0).category, ApiErrorCategory::Network);
    // Saved an hour ago, when the server last answered.
    QCOMPARE(argument<qint64>(failed, 0, 1), clock.nowSecs() - 3600);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!catalog.isLoading());
}

void TestAffiliateLiveCache::affiliateOrdersAreCachedBySpan()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
    Rig rig(sandbox);
    const qint64 now = sandbox.clock().nowSecs();
    const AffiliateOrderCatalog::Span month{now - 30 * day, now};
    const AffiliateOrderCatalog::Span lastWeek{now - 7 * day, now};
    const QList<AffiliateOrder> served
        = waitFor(rig.affiliates.searchAffiliateOrders({month.from, month.to, {}})).value;
    const QList<AffiliateOrder> servedWeek
        = waitFor(rig.affiliates.searchAffiliateOrders({lastWeek.from, lastWeek.to, {}})).value;
    QVERIFY(served.size() > servedWeek.size());
    QVERIFY(!servedWeek.isEmpty());

    AffiliateOrderCatalog catalog(rig.affiliates, rig.cache.get(), rig.shopId, sandbox.clock());
    QSignalSpy loaded(&catalog, &AffiliateOrderCatalog::ordersLoaded);
    QSignalSpy progress(&catalog, &AffiliateOrderCatalog::progress);
    catalog.load(month);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(argument<Source>(loaded, 0, 2), Source::Server);
    QCOMPARE(argument<QList<AffiliateOrder>>(loaded, 0, 1), served);
    QVERIFY(!progress.isEmpty());

    // The week lies inside the month: the cache has it before the server answers, and the same.
    loaded.clear();
    catalog.load(lastWeek);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(argument<Source>(loaded, 0, 2), Source::Cache);
    const AffiliateOrderCatalog::Span span = argument<AffiliateOrderCatalog::Span>(loaded, 0, 0);
    QCOMPARE(span.from, lastWeek.from);
    QCOMPARE(span.to, lastWeek.to);
    QList<AffiliateOrder> cached = argument<QList<AffiliateOrder>>(loaded, 0, 1);
    QCOMPARE(cached.size(), servedWeek.size());
    for (const AffiliateOrder &order : servedWeek)
        QVERIFY(cached.contains(order));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(argument<Source>(loaded, 1, 2), Source::Server);

    // Replacing the week left the rest of the month in place.
    AffiliateRepository repository(*rig.cache);
    QCOMPARE(repository.loadAffiliateOrders(rig.shopId, month).value().size(), served.size());
}

void TestAffiliateLiveCache::liveSessionsComeBackFromTheCache()
{
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopConnection connection;
    FakeClock clock;
    QList<LiveSession> served;
    DateRange days;
    {
        SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        const QTimeZone zone = ShopRegion::timeZone(connection.region);
        const QDate today = sandbox.clock().now().toTimeZone(zone).date();
        days = {today.addDays(-30), today};
        Rig rig(sandbox);
        served = waitFor(rig.analytics.liveSessions(days)).value;
        QVERIFY(!served.isEmpty());
        LiveSessionCatalog catalog(rig.analytics, cache.get(), connection.shopId, zone, sandbox.clock());
        QSignalSpy loaded(&catalog, &LiveSessionCatalog::sessionsLoaded);
        catalog.load(days);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(argument<QList<LiveSession>>(loaded, 0, 1), served);
    }
    OfflineRig offline(connection, clock);
    LiveSessionCatalog catalog(
        offline.analytics, cache.get(), connection.shopId, ShopRegion::timeZone(connection.region), clock);
    QSignalSpy loaded(&catalog, &LiveSessionCatalog::sessionsLoaded);
    QSignalSpy failed(&catalog, &LiveSessionCatalog::loadFailed);
    catalog.load(days);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(argument<Source>(loaded, 0, 2), Source::Cache);
    QCOMPARE(argument<DateRange>(loaded, 0, 0), days);
    const QList<LiveSession> cached = argument<QList<LiveSession>>(loaded, 0, 1);
    QCOMPARE(cached.size(), served.size());
    for (const LiveSession &session : served)
        QVERIFY(cached.contains(session));
    QVERIFY(failed.wait(20000));
    QCOMPARE(argument<qint64>(failed, 0, 1), clock.nowSecs());

    // A range the cache never saw shows nothing from it, only the failure.
    loaded.clear();
    failed.clear();
    catalog.load({days.start.addDays(-60), days.start.addDays(-40)});
    QCOMPARE(loaded.size(), 1);
    QVERIFY(argument<QList<LiveSession>>(loaded, 0, 1).isEmpty());
    QVERIFY(failed.wait(20000));
}

void TestAffiliateLiveCache::creatorsSeenBeforeAnswerOffline()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
    Rig rig(sandbox);
    CreatorCatalog catalog(rig.affiliates, rig.cache.get(), rig.shopId, sandbox.clock());
    QCOMPARE(catalog.lastSavedAt(), 0);
    const Finished<CreatorPage> page = waitFor(catalog.search({}, CreatorPageSize::Large));
    QVERIFY(page.finished && !page.error);
    QCOMPARE(page.value.creators.size(), 20);
    QCOMPARE(catalog.lastSavedAt(), sandbox.clock().nowSecs());

    const QList<Creator> saved = catalog.savedMatching({});
    QCOMPARE(saved.size(), 20);
    for (const Creator &creator : page.value.creators)
        QVERIFY(saved.contains(creator));

    // The keyword matches names case-insensitively; followers bound the list.
    const Creator &someone = page.value.creators.at(3);
    CreatorQuery byName;
    byName.keyword = someone.username.mid(1, 4).toUpper();
    const QList<Creator> named = catalog.savedMatching(byName);
    QVERIFY(named.contains(someone));
    for (const Creator &creator : named) {
        QVERIFY(creator.username.contains(byName.keyword, Qt::CaseInsensitive)
            || creator.nickname.contains(byName.keyword, Qt::CaseInsensitive));
    }
    CreatorQuery byFollowers;
    byFollowers.followersAtLeast = someone.followerCount;
    byFollowers.followersAtMost = someone.followerCount;
    const QList<Creator> followed = catalog.savedMatching(byFollowers);
    QVERIFY(followed.contains(someone));
    for (const Creator &creator : followed)
        QCOMPARE(creator.followerCount, someone.followerCount);
}

void TestAffiliateLiveCache::firstSyncFillsEveryAreaOnce()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopSession session(sandbox.connection(), sandbox.clock());
    OfflineFill fill(session, *cache, sandbox.clock());
    using Area = OfflineFill::Area;
    const QList<Area> all{Area::Collaborations, Area::AffiliateOrders, Area::LiveSessions, Area::Analytics};
    QCOMPARE(fill.pendingAreas(), all);

    QSignalSpy started(&fill, &OfflineFill::areaStarted);
    QSignalSpy areaDone(&fill, &OfflineFill::areaFinished);
    QSignalSpy finished(&fill, &OfflineFill::finished);
    fill.start();
    QVERIFY(fill.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.size(), 4);
    QCOMPARE(areaDone.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(argument<Area>(started, i, 0), all.at(i));
        QCOMPARE(argument<int>(started, i, 1), i);
        QCOMPARE(argument<int>(started, i, 2), 4);
        QCOMPARE(argument<Area>(areaDone, i, 0), all.at(i));
        QVERIFY(!argument<std::optional<ApiError>>(areaDone, i, 1));
    }
    QVERIFY(fill.pendingAreas().isEmpty());

    // What the server has for those 90 days is in the cache now.
    const qint64 now = sandbox.clock().nowSecs();
    const AffiliateRepository affiliates(*cache);
    const Span ninetyDays{now - OfflineFill::days * day, now + 1};
    QCOMPARE(affiliates.loadAffiliateOrders(session.connection().shopId, ninetyDays).value(),
        waitFor(session.affiliates().searchAffiliateOrders({ninetyDays.from, ninetyDays.to, {}})).value);
    QCOMPARE(affiliates.loadOpenCollaborations(session.connection().shopId).value().size(),
        waitFor(session.affiliates().searchOpenCollaborations()).value.size());
    QVERIFY(!LiveSessionRepository(*cache).load(session.connection().shopId, {0, now + 1}).value().isEmpty());

    // A second start has nothing to do and asks the server nothing.
    const QJsonObject before = sandbox.server().stats().value(u"requests"_s).toObject();
    OfflineFill again(session, *cache, sandbox.clock());
    QSignalSpy againFinished(&again, &OfflineFill::finished);
    again.start();
    QCOMPARE(againFinished.size(), 1);
    QVERIFY(!again.isRunning());
    QCOMPARE(sandbox.server().stats().value(u"requests"_s).toObject(), before);
}

void TestAffiliateLiveCache::firstSyncGoesOnPastAFailedArea()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 5, .productsPerShop = 30});
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopSession session(sandbox.connection(), sandbox.clock());
    session.client().setRetryPolicy({.maxAttempts = 1});
    sandbox.admin("POST", u"/sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"route"_s, u"GET /analytics/{version}/shop_lives/performance"_s},
                {u"fault"_s, u"500"_s}, {u"count"_s, 1}}}}});
    OfflineFill fill(session, *cache, sandbox.clock());
    QSignalSpy areaDone(&fill, &OfflineFill::areaFinished);
    QSignalSpy finished(&fill, &OfflineFill::finished);
    fill.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(areaDone.size(), 4);
    QCOMPARE(argument<OfflineFill::Area>(areaDone, 2, 0), OfflineFill::Area::LiveSessions);
    QCOMPARE(argument<std::optional<ApiError>>(areaDone, 2, 1)->category, ApiErrorCategory::Server);
    QVERIFY(!argument<std::optional<ApiError>>(areaDone, 3, 1)); // analytics came after it all the same
    // Only the failed area is left for the next start.
    QCOMPARE(fill.pendingAreas(), QList<OfflineFill::Area>{OfflineFill::Area::LiveSessions});
}

QTEST_GUILESS_MAIN(TestAffiliateLiveCache)
#include "tst_affiliatelivecache.moc"

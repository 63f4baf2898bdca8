#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "api/affiliateservice.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/productservice.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

template <typename T>
T valueOf(Reply<T> *reply)
{
    const Finished<T> result = waitFor(reply);
    if (!result.finished || result.error)
        qWarning() << "reply failed:" << (result.error ? result.error->toString() : u"timeout"_s);
    return result.value;
}

/// An active product of the shop with at least one SKU.
QString sellableProduct(ApiClient &client, int index = 0)
{
    ProductService products(client);
    int seen = 0;
    for (const Product &product : valueOf(products.searchAll())) {
        if (product.status == ProductStatus::Activate && !product.skus.isEmpty() && seen++ == index)
            return product.id;
    }
    return {};
}

qint64 writesOf(SandboxFixture &sandbox, const QString &object)
{
    return sandbox.server().stats().value(u"writes"_s).toObject().value(object).toInteger();
}

CreatorQuery keywordQuery(const QString &keyword)
{
    CreatorQuery query;
    query.keyword = keyword;
    return query;
}

TargetCollaboration targetFor(const QStringList &products, const QStringList &creators, qint64 endTime)
{
    TargetCollaboration target;
    target.name = u"Autumn favourites"_s;
    target.endTime = endTime;
    for (const QString &product : products)
        target.products.append({product, 1500});
    target.creatorOpenIds = creators;
    target.freeSampleRule = {true, false};
    target.message = u"Samples ship within two days."_s;
    return target;
}

} // namespace

/// The affiliate routes of the sandbox through AffiliateService over real HTTP.
class TestAffiliateService final : public QObject
{
    Q_OBJECT

private slots:
    void pagesCreatorsWithTheSearchKey();
    void refusesCreatorPageSizesOtherThan12Or20();
    void filtersCreators();
    void refusesASearchKeyOfOtherFilters();
    void createsAnOpenCollaborationInHundredthsOfAPercent();
    void refusesCommissionsOutsideTheRange();
    void createsATargetCollaborationAndFindsIt();
    void validatesTargetCollaborations_data();
    void validatesTargetCollaborations();
    void searchesAffiliateOrdersPageByPage();
    void cancelsAnAffiliateOrderSearch();
    void servesCreatorAvatarsAsPng();
};

void TestAffiliateService::pagesCreatorsWithTheSearchKey()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const CreatorPage first = valueOf(service.searchCreators({}, CreatorPageSize::Large));
    QCOMPARE(first.creators.size(), 20);
    QVERIFY(!first.nextPageToken.isEmpty());
    QVERIFY(!first.searchKey.isEmpty());
    const CreatorPage second = valueOf(service.searchCreators({}, CreatorPageSize::Large, first));
    QCOMPARE(second.creators.size(), 20);
    QCOMPARE(second.searchKey, first.searchKey); // echoed back
    QSet<QString> ids;
    for (const Creator &creator : first.creators + second.creators)
        ids.insert(creator.openId);
    QCOMPARE(ids.size(), 40); // the second page holds other creators
    // Biggest audience first, across the page boundary too.
    QVERIFY(first.creators.last().followerCount >= second.creators.first().followerCount);
    QVERIFY(first.creators.first().avatarUrl.startsWith(sandbox.server().baseUrl().toString()));

    // Paging on to the end returns every creator once.
    CreatorPage page = second;
    int pages = 2;
    while (!page.nextPageToken.isEmpty() && pages < 100) {
        page = valueOf(service.searchCreators({}, CreatorPageSize::Large, page));
        for (const Creator &creator : page.creators)
            ids.insert(creator.openId);
        ++pages;
    }
    QCOMPARE(ids.size(), 300);
    QCOMPARE(pages, 15);
}

void TestAffiliateService::refusesCreatorPageSizesOtherThan12Or20()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    for (const qint64 size : {10, 15, 100}) {
        ApiCall call(EndpointId::CreatorsSearch);
        call.query(u"page_size"_s, size);
        const Finished<QJsonObject> answer = waitFor(client.send(call));
        QVERIFY(answer.finished && answer.error);
        QCOMPARE(answer.error->code, 12019109);
        QCOMPARE(answer.error->category, ApiErrorCategory::InvalidParameter);
        QVERIFY(answer.error->message.contains(u"12 or 20"_s));
    }
    AffiliateService service(client);
    QCOMPARE(valueOf(service.searchCreators({}, CreatorPageSize::Small)).creators.size(), 12);
}

void TestAffiliateService::filtersCreators()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);

    const CreatorPage chinese = valueOf(service.searchCreators(keywordQuery(u"xiaomei"_s), CreatorPageSize::Large));
    QVERIFY(!chinese.creators.isEmpty());
    for (const Creator &creator : chinese.creators)
        QVERIFY(creator.username.contains(u"xiaomei"_s) || creator.nickname.contains(u"xiaomei"_s));
    QCOMPARE(chinese.creators.first().nickname, u"小美的家"_s);

    CreatorQuery audience;
    audience.followersAtLeast = 10000;
    audience.followersAtMost = 100000;
    const CreatorPage mid = valueOf(service.searchCreators(audience, CreatorPageSize::Large));
    QVERIFY(!mid.creators.isEmpty());
    for (const Creator &creator : mid.creators)
        QVERIFY(creator.followerCount >= 10000 && creator.followerCount <= 100000);

    CreatorQuery sellers;
    sellers.gmvRanges = {GmvRange::From1000To10000};
    sellers.unitsSoldRanges = {UnitsSoldRange::From10To100, UnitsSoldRange::From100To1000};
    const CreatorPage ranged = valueOf(service.searchCreators(sellers, CreatorPageSize::Large));
    QVERIFY(!ranged.creators.isEmpty());
    for (const Creator &creator : ranged.creators) {
        // Exact GMV is there for creators who share it; the US band always is.
        if (creator.gmv)
            QVERIFY(creator.gmv->minor >= 100000 && creator.gmv->minor <= 1000000);
        QVERIFY(creator.gmvRange && creator.gmvRange->minimum.minor >= 100000);
        QVERIFY(creator.unitsSoldRange && creator.unitsSoldRange->minimum >= 10);
    }
}

void TestAffiliateService::refusesASearchKeyOfOtherFilters()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const CreatorPage first = valueOf(service.searchCreators({}, CreatorPageSize::Small));
    const Finished<CreatorPage> other
        = waitFor(service.searchCreators(keywordQuery(u"glow"_s), CreatorPageSize::Small, first));
    QVERIFY(other.finished && other.error);
    QCOMPARE(other.error->category, ApiErrorCategory::InvalidParameter);
    QVERIFY(other.error->message.contains(u"search_key"_s));

    CreatorPage forged = first;
    forged.searchKey = u"k1ChOzI9e+j5BHHHEnt+VhItjVFEkPUCCXNsrU8/v4U="_s;
    const Finished<CreatorPage> unknown = waitFor(service.searchCreators({}, CreatorPageSize::Small, forged));
    QVERIFY(unknown.finished && unknown.error);
    QVERIFY(unknown.error->message.contains(u"expired"_s));
}

void TestAffiliateService::createsAnOpenCollaborationInHundredthsOfAPercent()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const QString product = sellableProduct(client, 3);
    QVERIFY(!product.isEmpty());
    const Finished<OpenCollaboration> created = waitFor(service.createOpenCollaboration(product, 1250));
    QVERIFY2(created.finished && !created.error, qPrintable(created.error ? created.error->toString() : QString()));
    QCOMPARE(created.value.productId, product);
    QCOMPARE(created.value.startTime, sandbox.clock().nowSecs());
    QCOMPARE(writesOf(sandbox, product), 1);

    // What the sandbox stored, seen through the search: 1250 hundredths, i.e. 12.50 %.
    const QList<OpenCollaboration> all = valueOf(service.searchOpenCollaborations());
    const auto stored = std::find_if(
        all.cbegin(), all.cend(), [&product](const OpenCollaboration &open) { return open.productId == product; });
    QVERIFY(stored != all.cend());
    QCOMPARE(stored->commissionRate, 1250);
    QCOMPARE(stored->id, created.value.id);
    QCOMPARE(all.first().productId, product); // newest first
    QVERIFY(all.size() > 20);
}

void TestAffiliateService::refusesCommissionsOutsideTheRange()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const QString product = sellableProduct(client);
    for (const CommissionRate rate : {CommissionRate(99), CommissionRate(8001), CommissionRate(0)}) {
        const Finished<OpenCollaboration> refused = waitFor(service.createOpenCollaboration(product, rate));
        QVERIFY(refused.finished && refused.error);
        QCOMPARE(refused.error->category, ApiErrorCategory::InvalidParameter);
        QVERIFY2(refused.error->message.contains(u"between 100 and 8000"_s), qPrintable(refused.error->message));
    }
    QCOMPARE(writesOf(sandbox, product), 3); // every attempt counts
    const Finished<OpenCollaboration> unknown = waitFor(service.createOpenCollaboration(u"1729999"_s, 1000));
    QVERIFY(unknown.finished && unknown.error);
    QVERIFY(unknown.error->message.contains(u"does not exist"_s));
}

void TestAffiliateService::createsATargetCollaborationAndFindsIt()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const CreatorPage creators = valueOf(service.searchCreators({}, CreatorPageSize::Small));
    QStringList openIds;
    for (const Creator &creator : creators.creators)
        openIds.append(creator.openId);
    const QStringList products{sellableProduct(client, 0), sellableProduct(client, 1)};
    const TargetCollaboration target = targetFor(products, openIds, sandbox.clock().nowSecs() + 30 * 86400);
    const Finished<CreatedTargetCollaboration> created = waitFor(service.createTargetCollaboration(target));
    QVERIFY2(created.finished && !created.error, qPrintable(created.error ? created.error->toString() : QString()));
    QVERIFY(created.value.id.startsWith(u"73"_s));
    QCOMPARE(writesOf(sandbox, target.name), 1);

    const QList<TargetCollaboration> all = valueOf(service.searchTargetCollaborations());
    QCOMPARE(all.size(), 8); // seven seeded and the new one
    for (const TargetCollaboration &seeded : all) {
        QVERIFY(seeded.startTime < seeded.endTime);
        QVERIFY(seeded.updateTime >= seeded.startTime && seeded.updateTime <= sandbox.clock().nowSecs());
    }
    const TargetCollaboration &found = all.first();
    QCOMPARE(found.id, created.value.id);
    QCOMPARE(found.name, target.name);
    QCOMPARE(found.productCount, 2);
    QCOMPARE(found.creatorInvitedCount, 12);
    QCOMPARE(found.freeSampleRule, target.freeSampleRule);
    QCOMPARE(found.statusAt(sandbox.clock().nowSecs()), TargetCollaborationStatus::Ongoing);

    // Inviting the same creators to the same products again is reported as conflicts, in code 0.
    const Finished<CreatedTargetCollaboration> again = waitFor(service.createTargetCollaboration(target));
    QVERIFY(again.finished && !again.error);
    QCOMPARE(again.value.conflicts.size(), 24);
}

void TestAffiliateService::validatesTargetCollaborations_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("message");
    QTest::newRow("no products") << u"products"_s << u"1 to 100 products"_s;
    QTest::newRow("51 creators") << u"creators"_s << u"1 to 50 creators"_s;
    QTest::newRow("an end in the past") << u"end"_s << u"in the future"_s;
    QTest::newRow("an unknown creator") << u"unknown creator"_s << u"not in the Creator Marketplace"_s;
    QTest::newRow("a commission of 0.50 %") << u"rate"_s << u"between 100 and 8000"_s;
    QTest::newRow("a product listed twice") << u"twice"_s << u"listed twice"_s;
    QTest::newRow("no name") << u"name"_s << u"1 to 100 characters"_s;
}

void TestAffiliateService::validatesTargetCollaborations()
{
    QFETCH(QString, broken);
    QFETCH(QString, message);
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const CreatorPage page = valueOf(service.searchCreators({}, CreatorPageSize::Small));
    const QString product = sellableProduct(client);
    TargetCollaboration target
        = targetFor({product}, {page.creators.first().openId}, sandbox.clock().nowSecs() + 86400);
    if (broken == u"products")
        target.products.clear();
    if (broken == u"creators") {
        for (int i = 0; i < 51; ++i)
            target.creatorOpenIds.append(u"OPEN_%1"_s.arg(i));
    }
    if (broken == u"end")
        target.endTime = sandbox.clock().nowSecs() - 60;
    if (broken == u"unknown creator")
        target.creatorOpenIds = {u"OPEN_NOBODY"_s};
    if (broken == u"rate")
        target.products.first().commissionRate = 50;
    if (broken == u"twice")
        target.products.append(target.products.first());
    if (broken == u"name")
        target.name = u"  "_s;
    const Finished<CreatedTargetCollaboration> refused = waitFor(service.createTargetCollaboration(target));
    QVERIFY(refused.finished && refused.error);
    QCOMPARE(refused.error->code, 12052910);
    QVERIFY2(refused.error->message.contains(message), qPrintable(refused.error->message));
}

void TestAffiliateService::searchesAffiliateOrdersPageByPage()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const qint64 now = sandbox.clock().nowSecs();
    const Finished<QList<AffiliateOrder>> all = waitFor(service.searchAffiliateOrders({now - 90 * 86400, now, {}}));
    QVERIFY(all.finished && !all.error);
    QCOMPARE(all.value.size(), 320);
    QCOMPARE(all.progress.size(), 4); // pages of 100
    QCOMPARE(all.progress.last(), (std::pair<qint64, qint64>{320, 320}));
    for (qsizetype i = 1; i < all.value.size(); ++i)
        QVERIFY(all.value.at(i - 1).createTime >= all.value.at(i).createTime);
    // Commission is the rate applied to the base, to the cent.
    for (const AffiliateOrder &order : all.value) {
        for (const AffiliateOrderSku &sku : order.skus) {
            QVERIFY(sku.commissionRate >= minCommissionRate && sku.commissionRate <= maxCommissionRate);
            QCOMPARE(sku.estimatedCommission, commissionOf(sku.gmv(), sku.commissionRate));
        }
    }

    const Finished<QList<AffiliateOrder>> week = waitFor(service.searchAffiliateOrders({now - 7 * 86400, now, {}}));
    QVERIFY(week.finished && !week.error);
    QVERIFY(!week.value.isEmpty() && week.value.size() < 100);
    for (const AffiliateOrder &order : week.value)
        QVERIFY(order.createTime >= now - 7 * 86400 && order.createTime < now);

    const QString program
        = all.value.first().skus.first().openCollaborationId + all.value.first().skus.first().targetCollaborationId;
    const QList<AffiliateOrder> ofProgram = valueOf(service.searchAffiliateOrders({{}, {}, program}));
    QVERIFY(!ofProgram.isEmpty());
    QVERIFY(ofProgram.size() < all.value.size());
}

void TestAffiliateService::cancelsAnAffiliateOrderSearch()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    Reply<QList<AffiliateOrder>> *reply = service.searchAffiliateOrders({});
    QObject context;
    connect(reply, &ApiReply::progress, &context, [reply](qint64 done, qint64) {
        if (done >= 100)
            reply->cancel();
    });
    const Finished<QList<AffiliateOrder>> result = waitFor(reply);
    QVERIFY(result.finished && result.error);
    QCOMPARE(result.error->category, ApiErrorCategory::Cancelled);
    QCOMPARE(result.progress.size(), 1);
    QCOMPARE(sandbox.server()
                 .stats()
                 .value(u"requests"_s)
                 .toObject()
                 .value(u"POST /affiliate_seller/{version}/orders/search"_s)
                 .toInteger(),
        1);
}

void TestAffiliateService::servesCreatorAvatarsAsPng()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AffiliateService service(client);
    const CreatorPage page = valueOf(service.searchCreators({}, CreatorPageSize::Small));
    const Finished<QByteArray> avatar = waitFor(service.fetchAvatar(page.creators.first().avatarUrl));
    QVERIFY2(avatar.finished && !avatar.error, qPrintable(avatar.error ? avatar.error->toString() : QString()));
    QVERIFY(avatar.value.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(avatar.value.mid(12, 4), QByteArray("IHDR"));
    QCOMPARE(avatar.value.mid(16, 8), QByteArray::fromHex("0000003000000030")); // 48 × 48
    QVERIFY(avatar.value.endsWith(QByteArray::fromHex("0000000049454e44ae426082"))); // IEND and its CRC
    const QByteArray other = valueOf(service.fetchAvatar(page.creators.last().avatarUrl));
    QVERIFY(!other.isEmpty() && other != avatar.value);

    const Finished<QByteArray> bad = waitFor(service.fetchAvatar(u"file:///etc/passwd"_s));
    QVERIFY(bad.finished && bad.error);
    QCOMPARE(bad.error->category, ApiErrorCategory::Network);
}

QTEST_GUILESS_MAIN(TestAffiliateService)
#include "tst_affiliateservice.moc"

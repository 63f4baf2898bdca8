#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include "domain/affiliateordercodec.h"
#include "domain/collaborationcodec.h"
#include "domain/creatorcodec.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        qFatal("test JSON does not parse: %s", json.constData());
    return document.object();
}

// URLs are written with JSON's "\/" escape: moc reads "//" inside a raw string as a comment.
const QByteArray creatorPage = R"({
  "creators": [{
    "creator_open_id": "OPEN_7494001", "username": "lena.makes", "nickname": "Lena 🧶",
    "avatar": {"url": "https:\/\/p16.example\/avatar.webp?x-expires=1&x-signature=a%2Fb"},
    "follower_count": 182300, "avg_ec_live_uv": 840, "avg_ec_video_view_count": 12000,
    "gmv": {"amount": "12345.60", "currency": "USD"}, "live_gmv": {"amount": "4000.10", "currency": "USD"},
    "video_gmv": {"amount": "8345.50", "currency": "USD"},
    "gmv_range": {"currency": "USD", "minimum_amount": "10000.00", "maximum_amount": "50000.00",
                  "formatted_range": "$10K-$50K"},
    "units_sold_range": {"minimum_amount": 1000, "maximum_amount": 5000, "formatted_range": "1K-5K"},
    "category_ids": ["601152", "600001"], "selection_region": "US",
    "top_follower_demographics": {"age_ranges": ["AGE_RANGE_18_24"]}
  }, {
    "creator_open_id": "OPEN_7494002", "username": "xiaomei_home", "nickname": "小美的家",
    "follower_count": 5200, "category_ids": []
  }],
  "next_page_token": "b2Zmc2V0PTEy", "search_key": "k1ChOzI9e+j5BHHHEnt+VhIt/v4U="
})";

const QByteArray openPage = R"({
  "open_collaborations": [{
    "id": "7300000000000000001", "status": "NORMAL",
    "current_commission": {"rate": 1250, "start_time": 1764000000},
    "product": {"id": "1729000000000000001", "title": "Yoga Mat Non-Slip 6mm", "status": "LIVE"},
    "showcase_creator_count": 14, "content_creator_count": 3, "require_seller_approve_creator": false
  }],
  "next_page_token": "", "total_count": 1
})";

const QByteArray targetPage = R"({
  "target_collaborations": [{
    "id": "7310000000000000001", "name": "Spring launch", "message": "We love your videos!",
    "start_time": 1764000000, "end_time": 1766592000, "update_time": 1764000100,
    "free_sample_rule": {"has_free_sample": true, "is_sample_approval_exempt": false},
    "product_count": 3, "creator_inivited_count": 12, "showcase_creator_count": 4, "content_creator_count": 1,
    "type": "STANDARD"
  }],
  "total_count": 1
})";

const QByteArray orderPage = R"({
  "orders": [{
    "id": "576461413038785752", "status": "COMPLETED", "create_time": 1763900000, "delivery_time": 1764100000,
    "skus": [{
      "product_id": "1729000000000000001", "creator_username": "lena.makes", "content_type": "LIVE",
      "content_id": "7381234567890123456", "price": {"amount": "27.99", "currency": "USD"}, "quantity": 2,
      "commission_rate": "1550",
      "estimated_commission_base": {"amount": "55.98", "currency": "USD"},
      "estimated_paid_commission": {"amount": "8.68", "currency": "USD"},
      "actual_commission_base": {"amount": "27.99", "currency": "USD"},
      "actual_paid_commission": {"amount": "4.34", "currency": "USD"},
      "open_collaboration_id": "7300000000000000001", "refunded_quantity": 1, "returned_quantity": 0
    }]
  }],
  "next_page_token": "abc+/=", "total_count": 40
})";

/// Replaces the value at a dotted path ("creators.0.follower_count") of a JSON document; an
/// undefined value removes the key.
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object[key] = value;
    } else {
        object[key] = replaced(object.value(key), path, value);
    }
    return object;
}

QJsonObject hostile(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    return replaced(parse(json), path.split(u'.'), value).toObject();
}

} // namespace

class TestAffiliateCodec final : public QObject
{
    Q_OBJECT

private slots:
    void readsACreatorPage();
    void rejectsHostileCreators_data();
    void rejectsHostileCreators();
    void creatorsSurviveARoundTrip();
    void readsCollaborationPages();
    void rejectsHostileCollaborations_data();
    void rejectsHostileCollaborations();
    void targetRequestsSurviveARoundTrip();
    void readsAnAffiliateOrderPage();
    void rejectsHostileAffiliateOrders_data();
    void rejectsHostileAffiliateOrders();
    void parsesCommissionPercentages_data();
    void parsesCommissionPercentages();
    void formatsAndAppliesCommissionRates();
};

void TestAffiliateCodec::readsACreatorPage()
{
    const Result<CreatorPage> page = CreatorCodec::decodeSearchPage(parse(creatorPage));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page.value().creators.size(), 2);
    QCOMPARE(page.value().searchKey, u"k1ChOzI9e+j5BHHHEnt+VhIt/v4U="_s);
    QCOMPARE(page.value().nextPageToken, u"b2Zmc2V0PTEy"_s);
    const Creator &lena = page.value().creators.first();
    QCOMPARE(lena.openId, u"OPEN_7494001"_s);
    QCOMPARE(lena.nickname, u"Lena 🧶"_s);
    QCOMPARE(lena.followerCount, 182300);
    QCOMPARE(lena.gmv, (Money{1234560, u"USD"_s}));
    QCOMPARE(lena.liveGmv, (Money{400010, u"USD"_s}));
    QCOMPARE(lena.gmvRange->maximum, (Money{5000000, u"USD"_s}));
    QCOMPARE(lena.unitsSoldRange->minimum, 1000);
    QCOMPARE(lena.categoryIds, (QStringList{u"601152"_s, u"600001"_s}));
    QVERIFY(lena.avatarUrl.contains(u"x-signature=a%2Fb"_s));
    // A creator who shares no precise data has no figures at all, rather than zeros.
    const Creator &xiaomei = page.value().creators.last();
    QCOMPARE(xiaomei.nickname, u"小美的家"_s);
    QVERIFY(!xiaomei.gmv && !xiaomei.gmvRange && !xiaomei.unitsSoldRange);
    QVERIFY(xiaomei.avatarUrl.isEmpty());
}

void TestAffiliateCodec::rejectsHostileCreators_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::newRow("an open id given as a number")
        << u"creators.0.creator_open_id"_s << QJsonValue(7494001) << u"data.creators[0].creator_open_id"_s;
    QTest::newRow("a creator without a username")
        << u"creators.1.username"_s << QJsonValue(QJsonValue::Undefined) << u"data.creators[1].username"_s;
    QTest::newRow("followers as a string")
        << u"creators.0.follower_count"_s << QJsonValue(u"182300"_s) << u"data.creators[0].follower_count"_s;
    QTest::newRow("negative followers") << u"creators.0.follower_count"_s << QJsonValue(-5)
                                        << u"data.creators[0].follower_count"_s;
    QTest::newRow("GMV as a bare number") << u"creators.0.gmv"_s << QJsonValue(12345.6) << u"data.creators[0].gmv"_s;
    QTest::newRow("GMV with three decimals")
        << u"creators.0.live_gmv.amount"_s << QJsonValue(u"1.234"_s) << u"data.creators[0].live_gmv.amount"_s;
    QTest::newRow("GMV in no currency") << u"creators.0.video_gmv.currency"_s << QJsonValue(u""_s)
                                        << u"data.creators[0].video_gmv.currency"_s;
    QTest::newRow("a GMV range without its maximum")
        << u"creators.0.gmv_range.maximum_amount"_s << QJsonValue(QJsonValue::Undefined)
        << u"data.creators[0].gmv_range.maximum_amount"_s;
    QTest::newRow("units sold as text") << u"creators.0.units_sold_range.minimum_amount"_s << QJsonValue(u"1K"_s)
                                        << u"data.creators[0].units_sold_range.minimum_amount"_s;
    QTest::newRow("a category id as a number")
        << u"creators.0.category_ids"_s << QJsonValue(QJsonArray{601152}) << u"data.creators[0].category_ids"_s;
    QTest::newRow("creators as an object") << u"creators"_s << QJsonValue(QJsonObject{}) << u"data.creators"_s;
    QTest::newRow("a search key as a number") << u"search_key"_s << QJsonValue(42) << u"data.search_key"_s;
}

void TestAffiliateCodec::rejectsHostileCreators()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    const Result<CreatorPage> page = CreatorCodec::decodeSearchPage(hostile(creatorPage, field, value));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().path, path);
}

void TestAffiliateCodec::creatorsSurviveARoundTrip()
{
    const Result<CreatorPage> page = CreatorCodec::decodeSearchPage(parse(creatorPage));
    QVERIFY(page.ok());
    QJsonArray encoded;
    for (const Creator &creator : page.value().creators)
        encoded.append(CreatorCodec::encodeCreator(creator));
    const Result<CreatorPage> again = CreatorCodec::decodeSearchPage({{u"creators"_s, encoded}});
    QVERIFY(again.ok());
    QCOMPARE(again.value().creators, page.value().creators);
}

void TestAffiliateCodec::readsCollaborationPages()
{
    const Result<OpenCollaborationPage> open = CollaborationCodec::decodeOpenPage(parse(openPage));
    QVERIFY2(open.ok(), qPrintable(open.ok() ? QString() : open.error().toString()));
    const OpenCollaboration &first = open.value().collaborations.first();
    QCOMPARE(first.commissionRate, 1250);
    QCOMPARE(first.productTitle, u"Yoga Mat Non-Slip 6mm"_s);
    QCOMPARE(first.status, OpenCollaborationStatus::Normal);
    QCOMPARE(first.endTime, 0);
    QCOMPARE(CollaborationCodec::decodeOpenPage(
                 {{u"open_collaborations"_s, QJsonArray{CollaborationCodec::encodeOpen(first)}}})
                 .value()
                 .collaborations.first(),
        first);

    const Result<TargetCollaborationPage> target = CollaborationCodec::decodeTargetPage(parse(targetPage));
    QVERIFY(target.ok());
    const TargetCollaboration &spring = target.value().collaborations.first();
    QCOMPARE(spring.creatorInvitedCount, 12); // read from the misspelt production field
    QCOMPARE(spring.freeSampleRule, (FreeSampleRule{true, false}));
    QCOMPARE(spring.statusAt(1764000000), TargetCollaborationStatus::Ongoing);
    QCOMPARE(spring.statusAt(1766592000 - 86400), TargetCollaborationStatus::Expiring);
    QCOMPARE(spring.statusAt(1766592000), TargetCollaborationStatus::Completed);

    const Result<OpenCollaboration> created = CollaborationCodec::decodeCreatedOpen(parse(
        R"({"open_collaboration": {"id": "7300000000000000009", "product_id": "1729", "effective_time": 1764000000}})"));
    QVERIFY(created.ok());
    QCOMPARE(created.value().startTime, 1764000000);
}

void TestAffiliateCodec::rejectsHostileCollaborations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::newRow("a commission rate with decimals")
        << openPage << u"open_collaborations.0.current_commission.rate"_s << QJsonValue(12.5)
        << u"data.open_collaborations[0].current_commission.rate"_s;
    QTest::newRow("a commission rate as a percent string")
        << openPage << u"open_collaborations.0.current_commission.rate"_s << QJsonValue(u"12.5%"_s)
        << u"data.open_collaborations[0].current_commission.rate"_s;
    QTest::newRow("a negative commission rate")
        << openPage << u"open_collaborations.0.current_commission.rate"_s << QJsonValue(-100)
        << u"data.open_collaborations[0].current_commission.rate"_s;
    QTest::newRow("an unknown open status") << openPage << u"open_collaborations.0.status"_s << QJsonValue(u"PAUSED"_s)
                                            << u"data.open_collaborations[0].status"_s;
    QTest::newRow("an open collaboration without a product")
        << openPage << u"open_collaborations.0.product"_s << QJsonValue(QJsonValue::Undefined)
        << u"data.open_collaborations[0].product"_s;
    QTest::newRow("a target without an end time")
        << targetPage << u"target_collaborations.0.end_time"_s << QJsonValue(QJsonValue::Undefined)
        << u"data.target_collaborations[0].end_time"_s;
    QTest::newRow("an end time in words") << targetPage << u"target_collaborations.0.end_time"_s
                                          << QJsonValue(u"next week"_s) << u"data.target_collaborations[0].end_time"_s;
    QTest::newRow("a free sample flag as a string")
        << targetPage << u"target_collaborations.0.free_sample_rule.has_free_sample"_s << QJsonValue(u"true"_s)
        << u"data.target_collaborations[0].free_sample_rule.has_free_sample"_s;
}

void TestAffiliateCodec::rejectsHostileCollaborations()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    const QJsonObject data = hostile(json, field, value);
    const Error error = json == openPage ? CollaborationCodec::decodeOpenPage(data).error()
                                         : CollaborationCodec::decodeTargetPage(data).error();
    QCOMPARE(error.path, path);
}

void TestAffiliateCodec::targetRequestsSurviveARoundTrip()
{
    TargetCollaboration request;
    request.name = u"双十一 creators"_s;
    request.endTime = 1766592000;
    request.products = {{u"1729000000000000001"_s, 1250}, {u"1729000000000000002"_s, 3587}};
    request.creatorOpenIds = {u"OPEN_1"_s, u"OPEN_2"_s};
    request.freeSampleRule = {true, true};
    request.message = u"Samples ship within two days."_s;
    const QJsonObject body = CollaborationCodec::encodeTargetRequest(request);
    // The reference sends end_time as a string and rates as integers in hundredths of a percent.
    QCOMPARE(body.value(u"end_time"), QJsonValue(u"1766592000"_s));
    QCOMPARE(body.value(u"products").toArray().at(0).toObject().value(u"target_commission_rate"), QJsonValue(1250));
    const Result<TargetCollaboration> decoded = CollaborationCodec::decodeTargetRequest(body);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), request);

    QJsonObject broken = body;
    broken.insert(u"creator_user_open_ids"_s, QJsonArray{u"OPEN_1"_s, 2});
    QCOMPARE(CollaborationCodec::decodeTargetRequest(broken).error().path, u"body.creator_user_open_ids"_s);
    broken = body;
    broken.remove(u"products"_s);
    QCOMPARE(CollaborationCodec::decodeTargetRequest(broken).error().path, u"body.products"_s);

    const Result<CreatedTargetCollaboration> created = CollaborationCodec::decodeCreatedTarget(
        CollaborationCodec::encodeCreatedTarget({u"7310000000000000002"_s, {{u"OPEN_2"_s, u"1729"_s}}}));
    QVERIFY(created.ok());
    QCOMPARE(created.value().conflicts.size(), 1);
    QCOMPARE(created.value().conflicts.first().creatorOpenId, u"OPEN_2"_s);
}

void TestAffiliateCodec::readsAnAffiliateOrderPage()
{
    const Result<AffiliateOrderPage> page = AffiliateOrderCodec::decodeSearchPage(parse(orderPage));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page.value().totalCount, 40);
    const AffiliateOrder &order = page.value().orders.first();
    QCOMPARE(order.status, AffiliateOrderStatus::Completed);
    QCOMPARE(order.deliveryTime, 1764100000);
    const AffiliateOrderSku &sku = order.skus.first();
    QCOMPARE(sku.commissionRate, 1550); // "1550" on the wire
    QCOMPARE(sku.contentType, ContentType::Live);
    QCOMPARE(sku.gmv(), (Money{5598, u"USD"_s}));
    QCOMPARE(sku.estimatedCommission, (Money{868, u"USD"_s}));
    QCOMPARE(sku.actualCommission, (Money{434, u"USD"_s}));
    const Result<AffiliateOrderPage> again
        = AffiliateOrderCodec::decodeSearchPage({{u"orders"_s, QJsonArray{AffiliateOrderCodec::encodeOrder(order)}}});
    QVERIFY(again.ok());
    QCOMPARE(again.value().orders.first(), order);
}

void TestAffiliateCodec::rejectsHostileAffiliateOrders_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::newRow("a rate with a percent sign") << u"orders.0.skus.0.commission_rate"_s << QJsonValue(u"15.5%"_s)
                                                << u"data.orders[0].skus[0].commission_rate"_s;
    QTest::newRow("a rate as a fraction")
        << u"orders.0.skus.0.commission_rate"_s << QJsonValue(0.155) << u"data.orders[0].skus[0].commission_rate"_s;
    QTest::newRow("no quantity") << u"orders.0.skus.0.quantity"_s << QJsonValue(QJsonValue::Undefined)
                                 << u"data.orders[0].skus[0].quantity"_s;
    QTest::newRow("a zero quantity") << u"orders.0.skus.0.quantity"_s << QJsonValue(0)
                                     << u"data.orders[0].skus[0].quantity"_s;
    QTest::newRow("a price without currency")
        << u"orders.0.skus.0.price.currency"_s << QJsonValue(QJsonValue::Undefined)
        << u"data.orders[0].skus[0].price.currency"_s;
    QTest::newRow("a commission as a bare number") << u"orders.0.skus.0.estimated_paid_commission"_s << QJsonValue(8.68)
                                                   << u"data.orders[0].skus[0].estimated_paid_commission"_s;
    QTest::newRow("an unknown status") << u"orders.0.status"_s << QJsonValue(u"SHIPPED"_s)
                                       << u"data.orders[0].status"_s;
    QTest::newRow("an order id as a number")
        << u"orders.0.id"_s << QJsonValue(576461413038785752.0) << u"data.orders[0].id"_s;
    QTest::newRow("a creation time with a fraction")
        << u"orders.0.create_time"_s << QJsonValue(1763900000.5) << u"data.orders[0].create_time"_s;
    QTest::newRow("skus missing") << u"orders.0.skus"_s << QJsonValue(QJsonValue::Undefined)
                                  << u"data.orders[0].skus"_s;
}

void TestAffiliateCodec::rejectsHostileAffiliateOrders()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    const Result<AffiliateOrderPage> page = AffiliateOrderCodec::decodeSearchPage(hostile(orderPage, field, value));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().path, path);
}

void TestAffiliateCodec::parsesCommissionPercentages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("hundredths"); // -1: refused
    QTest::newRow("one decimal is tenths") << u"12.5"_s << qint64(1250);
    QTest::newRow("two decimals") << u"35.87"_s << qint64(3587);
    QTest::newRow("a whole number") << u"7"_s << qint64(700);
    QTest::newRow("a leading zero decimal") << u"0.05"_s << qint64(5);
    QTest::newRow("spaces around") << u" 80.00 "_s << qint64(8000);
    QTest::newRow("three decimals are refused") << u"12.505"_s << qint64(-1);
    QTest::newRow("a trailing point is refused") << u"12."_s << qint64(-1);
    QTest::newRow("a sign is refused") << u"-5"_s << qint64(-1);
    QTest::newRow("a percent sign is refused") << u"12%"_s << qint64(-1);
    QTest::newRow("nothing is refused") << QString() << qint64(-1);
}

void TestAffiliateCodec::parsesCommissionPercentages()
{
    QFETCH(QString, text);
    QFETCH(qint64, hundredths);
    const Result<CommissionRate> rate = parseCommissionPercent(text);
    QCOMPARE(rate.ok(), hundredths >= 0);
    if (rate.ok())
        QCOMPARE(rate.value(), hundredths);
}

void TestAffiliateCodec::formatsAndAppliesCommissionRates()
{
    QCOMPARE(commissionPercentText(1250, QLocale::c()), u"12.50"_s);
    QCOMPARE(commissionPercentText(5, QLocale::c()), u"0.05"_s);
    QCOMPARE(commissionPercentText(1250, QLocale(QLocale::German)), u"12,50"_s);
    QCOMPARE(parseCommissionPercent(u"12,5", u',').value(), 1250);
    // 15.50 % of 55.98 is 8.6769: rounded half up to the cent.
    QCOMPARE(commissionOf(Money{5598, u"USD"_s}, 1550), (Money{868, u"USD"_s}));
    QCOMPARE(commissionOf(Money{100, u"USD"_s}, 50), (Money{1, u"USD"_s}));
}

QTEST_GUILESS_MAIN(TestAffiliateCodec)
#include "tst_affiliatecodec.moc"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "domain/compactjsonwriter.h"
#include "domain/jsonreader.h"
#include "domain/ordercodec.h"
#include "domain/orderjsonwriter.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QByteArray reference(const Order &order)
{
    return QJsonDocument(OrderCodec::encodeOrder(order)).toJson(QJsonDocument::Compact);
}

/// Every optional field set, strings that need escaping, amounts of three precisions and signs.
Order unusualOrder()
{
    Order order;
    order.id = u"576461413038785752"_s;
    order.status = OrderStatus::Cancelled;
    order.createTime = 1700000000;
    order.updateTime = 1700172800;
    order.paidTime = 1700000300;
    order.payment = {u"KWD"_s, Money{12345, u"KWD"_s}, Money{5, u"KWD"_s}, Money{-1005, u"KWD"_s}, Money{0, u"KWD"_s},
        Money{0, u"KWD"_s}, Money{-7, u"KWD"_s}};
    order.recipientAddress = RecipientAddress{u"J*** \"Quote\" S***"_s, u"(+1)213*****45"_s,
        u"Line one\nLine two\tTabbed \\ back\u0001\u001f\u007f"_s, u"90012"_s, u"US"_s};
    LineItem item;
    item.id = u"1"_s;
    item.skuId = u"2"_s;
    item.productId = u"3"_s;
    item.productName = u"瑜伽垫 6mm — “non-slip” 🧘"_s;
    item.skuName = u"Purple/紫色"_s;
    item.sellerSku = u"YM-1000-PUR"_s;
    item.originalPrice = Money{2499, u"JPY"_s};
    item.salePrice = Money{-2299, u"JPY"_s};
    item.displayStatus = OrderStatus::Cancelled;
    item.packageId = u"1153000000000000001"_s;
    item.packageStatus = u"CANCELLED"_s;
    item.trackingNumber = u"9400111"_s;
    item.shippingProviderName = u"USPS"_s;
    LineItem bare;
    bare.id = u"4"_s;
    bare.skuId = u"5"_s;
    bare.productId = u"6"_s;
    order.lineItems = {item, bare};
    order.packageIds = {u"1153000000000000001"_s, u"1153000000000000002"_s};
    order.trackingNumber = u"9400111"_s;
    order.shippingProvider = u"USPS"_s;
    order.shippingProviderId = u"7117858858072016686"_s;
    order.shippingType = u"SELLER"_s;
    order.fulfillmentType = u"FULFILLMENT_BY_SELLER"_s;
    order.deliveryOptionName = u"Standard shipping"_s;
    order.buyerMessage = u"Please \b\f\r ring twice / 谢谢"_s;
    order.userId = u"7494000000000000123"_s;
    order.buyerEmail = u"v0123@scs2.tiktok.com"_s;
    order.isCod = true;
    order.isOnHoldOrder = true;
    order.isBuyerRequestCancel = true;
    order.cancelReason = u"Out of stock"_s;
    order.cancellationInitiator = u"SELLER"_s;
    order.warehouseId = u"7200000000000001"_s;
    order.orderType = u"PRE_ORDER"_s;
    order.rtsSlaTime = 1;
    order.ttsSlaTime = -2;
    order.shippingDueTime = 3;
    order.collectionDueTime = 4;
    order.deliveryDueTime = 5;
    order.cancelOrderSlaTime = 4102444800;
    return order;
}

} // namespace

class TestOrderJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesTheSeededOrdersAsQJsonDocumentDoes()
    {
        const QList<SandboxShop> shops = SeedData::generateShops({7, 20, 1700000000, 3000});
        qsizetype compared = 0;
        for (const SandboxShop &shop : shops) {
            for (const Order &order : shop.orders) {
                QCOMPARE(OrderJsonWriter::write(order), reference(order));
                ++compared;
            }
        }
        QVERIFY(compared >= 3000);
    }

    void writesEveryFieldAndEscapeAsQJsonDocumentDoes()
    {
        const Order order = unusualOrder();
        QCOMPARE(OrderJsonWriter::write(order), reference(order));
        Order bare;
        QCOMPARE(OrderJsonWriter::write(bare), reference(bare));
    }

    void readsBackAsTheSameOrder()
    {
        const Order order = unusualOrder();
        JsonReader reader(QJsonDocument::fromJson(OrderJsonWriter::write(order)).object(), u"order"_s);
        Order read = OrderCodec::decodeOrder(reader);
        QVERIFY2(!reader.failed(), qPrintable(reader.error().toString()));
        // The reader keeps what the line item was bought in; the writer spells the sale price's currency.
        QCOMPARE(read.id, order.id);
        QCOMPARE(read.payment, order.payment);
        QCOMPARE(read.recipientAddress, order.recipientAddress);
        QCOMPARE(read.lineItems.first().productName, order.lineItems.first().productName);
        QCOMPARE(read.lineItems.first().salePrice, order.lineItems.first().salePrice);
        QCOMPARE(read.buyerMessage, order.buyerMessage);
        QCOMPARE(read.cancelOrderSlaTime, order.cancelOrderSlaTime);
        QCOMPARE(read.packageIds, order.packageIds);
    }

    void escapesEveryStringAsQJsonDocumentDoes()
    {
        QString everyAscii;
        for (char16_t unit = 0; unit < 0x80; ++unit)
            everyAscii += QChar(unit);
        const QStringList texts{QString(), everyAscii, u"é ß Ω ₩ 中文 \uFFFD \uFFFF"_s, u"😀 𝄞"_s,
            QString(QChar(0xd800)) + u"lone high"_s, u"lone low"_s + QChar(0xdc00),
            QString(QChar(0xdbff)) + QChar(0xd800), QString(QChar(0xd83d))};
        for (const QString &text : texts) {
            CompactJsonWriter json(0);
            json.beginArray();
            json.string(text);
            json.string(text);
            json.endArray();
            const QByteArray expected = QJsonDocument(QJsonArray{text, text}).toJson(QJsonDocument::Compact);
            // As hex, so that a difference in a control character or a surrogate shows.
            QCOMPARE(QString::fromLatin1(json.take().toHex()), QString::fromLatin1(expected.toHex()));
        }
    }

    void separatesValuesInArraysAndObjects()
    {
        CompactJsonWriter json(1);
        json.beginObject();
        json.key("a");
        json.beginArray();
        json.integer(-1);
        json.boolean(false);
        json.raw("{}");
        json.beginObject();
        json.endObject();
        json.beginArray();
        json.endArray();
        json.string(u"x");
        json.endArray();
        json.key("b");
        json.boolean(true);
        json.endObject();
        QCOMPARE(json.take(), QByteArray(R"({"a":[-1,false,{},{},[],"x"],"b":true})"));
        // Empty again, ready for the next document.
        json.integer(std::numeric_limits<qint64>::min());
        QCOMPARE(json.take(), QByteArray::number(std::numeric_limits<qint64>::min()));
    }
};

QTEST_GUILESS_MAIN(TestOrderJsonWriter)
#include "tst_orderjsonwriter.moc"

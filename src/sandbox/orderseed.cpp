#include "orderseed.h"

#include <array>

#include <QHash>

#include "sandbox/orderseedtables.h"
#include "sandbox/seeddata.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;
constexpr quint64 serialSpace = 1'000'000'000'000ULL;
constexpr quint64 buyerSpace = 1'000'000'000'000'000ULL;
// Shares no factor with 10, so serial * multiplier modulo a power of ten never repeats a serial,
// while neighbouring serials land far apart.
constexpr quint64 idMultiplier = 743'849'264'371ULL;

/// Everything one generate() call shares between its orders.
class OrderFactory final
{
public:
    OrderFactory(SeedRandom &random, const SandboxShop &shop, int count, qint64 referenceTime);

    bool canSell() const { return !m_sellable.isEmpty(); }
    Order make(int index, OrderStatus status);
    OrderStatus pickStatus();

private:
    /// Constant text as one shared QString, so that orders share it instead of copying it.
    const QString &intern(QStringView text);
    QString serialId(QStringView prefix, quint64 serial, quint64 offset) const;
    QString digits(int count);
    QChar letter(QStringView alphabet) { return alphabet.at(m_random.between(0, alphabet.size() - 1)); }
    void setBuyer(Order &order);
    void addLineItems(Order &order, int index);
    void pricePayment(Order &order);
    RecipientAddress makeRecipient();
    void setTimes(Order &order, const OrderStatusProfile &profile);
    void setDeadlines(Order &order);
    void setItemStatuses(Order &order);
    void ship(Order &order, int index);
    void cancel(Order &order);
    qint64 after(qint64 base, qint64 low, qint64 high);

    SeedRandom &m_random;
    const SandboxShop &m_shop;
    const qint64 m_referenceTime;
    const bool m_us;
    QString m_shopTag;
    quint64 m_orderOffset;
    quint64 m_itemOffset;
    quint64 m_buyerOffset;
    qint64 m_buyers;
    QList<const Product *> m_sellable;
    QHash<std::pair<const void *, qsizetype>, QString> m_interned;
};

quint64 shopTag(const QString &shopId)
{
    // FNV-1a: stable across runs, unlike qHash.
    quint64 hash = 1469598103934665603ULL;
    for (QChar c : shopId)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    return hash % 10000;
}

void appendNumber(QString &text, quint64 value, int width)
{
    std::array<char16_t, 20> buffer{};
    for (int i = width - 1; i >= 0; --i) {
        buffer[static_cast<size_t>(i)] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    text.append(QStringView(buffer.data(), width));
}

OrderFactory::OrderFactory(SeedRandom &random, const SandboxShop &shop, int count, qint64 referenceTime)
    : m_random(random)
    , m_shop(shop)
    , m_referenceTime(referenceTime)
    , m_us(shop.info.region != u"GB")
    , m_orderOffset(random.next() % serialSpace)
    , m_itemOffset(random.next() % serialSpace)
    , m_buyerOffset(random.next() % serialSpace)
    // About three orders per buyer, so that buyer_user_id filters find several.
    , m_buyers(qMax(20, count / 3))
{
    appendNumber(m_shopTag, shopTag(shop.info.id), 4);
    // Orders come from products that were on sale; drafts and rejected listings never sold.
    for (const Product &product : shop.products) {
        const bool listed = product.status != ProductStatus::Draft && product.status != ProductStatus::Pending
            && product.status != ProductStatus::Failed;
        if (listed && !product.skus.isEmpty())
            m_sellable.append(&product);
    }
    if (m_sellable.isEmpty()) {
        for (const Product &product : shop.products) {
            if (!product.skus.isEmpty())
                m_sellable.append(&product);
        }
    }
}

/// `text` must be a literal or point into a constant table: its address is the key.
const QString &OrderFactory::intern(QStringView text)
{
    const std::pair<const void *, qsizetype> key{text.data(), text.size()};
    auto it = m_interned.find(key);
    if (it == m_interned.end())
        it = m_interned.insert(key, text.toString());
    return it.value();
}

QString OrderFactory::serialId(QStringView prefix, quint64 serial, quint64 offset) const
{
    QString id;
    id.reserve(prefix.size() + 16);
    id.append(prefix);
    id.append(m_shopTag);
    appendNumber(id, (serial * idMultiplier + offset) % serialSpace, 12);
    return id;
}

QString OrderFactory::digits(int count)
{
    QString text;
    text.reserve(count);
    quint64 bits = m_random.next();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && i % 19 == 0)
            bits = m_random.next();
        text.append(QChar(static_cast<char16_t>(u'0' + bits % 10)));
        bits /= 10;
    }
    return text;
}

qint64 OrderFactory::after(qint64 base, qint64 low, qint64 high)
{
    // Nothing happens after the reference time; base itself never lies after it.
    return qMin(m_referenceTime, base + m_random.between(low, high));
}

OrderStatus OrderFactory::pickStatus()
{
    qint64 roll = m_random.between(0, 999);
    for (const OrderStatusProfile &profile : OrderSeedTables::statusProfiles()) {
        if (roll < profile.weight)
            return profile.status;
        roll -= profile.weight;
    }
    return OrderStatus::Completed;
}

Order OrderFactory::make(int index, OrderStatus status)
{
    Order order;
    order.id = serialId(u"57", quint64(index), m_orderOffset);
    order.status = status;
    const bool tiktokShipping = m_random.percent(85);
    order.shippingType = intern(tiktokShipping ? QStringView(u"TIKTOK") : QStringView(u"SELLER"));
    order.fulfillmentType = intern(tiktokShipping && m_random.percent(10) ? QStringView(u"FULFILLMENT_BY_TIKTOK")
                                                                          : QStringView(u"FULFILLMENT_BY_SELLER"));
    const qint64 option = m_random.between(0, 99);
    order.deliveryOptionName = intern(option < 80 ? QStringView(u"Standard shipping")
            : option < 92                         ? QStringView(u"Express shipping")
                                                  : QStringView(u"Economy shipping"));
    order.orderType = intern(m_us && m_random.percent(3) ? QStringView(u"PRE_ORDER") : QStringView(u"NORMAL"));
    if (!m_shop.warehouseIds.isEmpty())
        order.warehouseId = m_random.pick(m_shop.warehouseIds);
    if (m_random.percent(8))
        order.buyerMessage = intern(m_random.pick(OrderSeedTables::buyerMessages()));
    setBuyer(order);
    addLineItems(order, index);
    pricePayment(order);
    for (const OrderStatusProfile &profile : OrderSeedTables::statusProfiles()) {
        if (profile.status == status)
            setTimes(order, profile);
    }
    if (order.paidTime != 0 && status != OrderStatus::OnHold)
        order.recipientAddress = makeRecipient();
    setItemStatuses(order);
    ship(order, index);
    setDeadlines(order);
    return order;
}

void OrderFactory::setBuyer(Order &order)
{
    const quint64 buyer = quint64(m_random.between(0, m_buyers - 1));
    const quint64 serial = (buyer * idMultiplier + m_buyerOffset) % buyerSpace;
    order.userId = u"7494"_s;
    appendNumber(order.userId, serial, 15);
    // Buyer e-mail addresses are relay addresses (reference section 5.2: anonymized).
    order.buyerEmail = u"v0"_s;
    appendNumber(order.buyerEmail, serial % serialSpace, 12);
    order.buyerEmail += u"@scs2.tiktok.com";
}

void OrderFactory::addLineItems(Order &order, int index)
{
    const qint64 roll = m_random.between(0, 99);
    int count = roll < 55 ? 1 : roll < 80 ? 2 : roll < 92 ? 3 : 4;
    if (order.status == OrderStatus::PartiallyShipping)
        count = qMax(count, 2); // one package shipped, another not yet
    const Product *product = m_sellable.at(m_random.between(0, m_sellable.size() - 1));
    qsizetype skuIndex = m_random.between(0, product->skus.size() - 1);
    order.lineItems.reserve(count);
    for (int k = 0; k < count; ++k) {
        const QString id = serialId(u"57", quint64(index) * 4 + quint64(k), m_itemOffset);
        const qint64 next = m_random.between(0, 99);
        if (k > 0 && next < 35) {
            // The same SKU again: the API's way of saying "quantity 2".
            LineItem repeat = order.lineItems.last();
            repeat.id = id;
            order.lineItems.append(repeat);
            continue;
        }
        if (k > 0 && next >= 60)
            product = m_sellable.at(m_random.between(0, m_sellable.size() - 1));
        if (k > 0)
            skuIndex = m_random.between(0, product->skus.size() - 1);
        const Sku &sku = product->skus.at(skuIndex);
        LineItem item;
        item.id = id;
        item.skuId = sku.id;
        item.productId = product->id;
        item.productName = product->title;
        item.skuName = intern(OrderSeedTables::skuName(skuIndex));
        item.sellerSku = sku.sellerSku;
        item.originalPrice = sku.price;
        item.salePrice = sku.price;
        if (m_random.percent(20))
            item.salePrice.minor -= sku.price.minor * m_random.between(10, 30) / 100;
        order.lineItems.append(item);
    }
}

void OrderFactory::pricePayment(Order &order)
{
    static constexpr std::array usTaxBasisPoints{0, 600, 725, 825, 887, 950};
    qint64 sale = 0;
    qint64 original = 0;
    for (const LineItem &item : order.lineItems) {
        sale += item.salePrice.minor;
        original += item.originalPrice.minor;
    }
    const qint64 platformDiscount = m_random.percent(15) ? sale * m_random.between(5, 15) / 100 : 0;
    const qint64 subTotal = sale - platformDiscount;
    const qint64 freeShippingFrom = m_us ? 3500 : 2500;
    const qint64 shippingFee = subTotal >= freeShippingFrom ? 0 : m_us ? 599 : 349;
    // UK prices include VAT; US sales tax comes on top.
    const qint64 tax = m_us ? subTotal * m_random.pick(usTaxBasisPoints) / 10000 : 0;
    const QString &currency = m_shop.currency;
    order.payment = OrderPayment{currency, Money{subTotal, currency}, Money{shippingFee, currency},
        Money{original - sale, currency}, Money{platformDiscount, currency}, Money{tax, currency},
        Money{subTotal + shippingFee + tax, currency}};
}

RecipientAddress OrderFactory::makeRecipient()
{
    const QStringView initials = OrderSeedTables::nameInitials();
    const QStringView letters = OrderSeedTables::postcodeLetters();
    const OrderPlace &place = m_random.pick(OrderSeedTables::places(m_us));
    const QStringView street = m_random.pick(OrderSeedTables::streets(m_us));
    const QString house = QString::number(m_random.between(m_us ? 10 : 1, m_us ? 9999 : 240));
    RecipientAddress address;
    address.name = letter(initials) + u"*** " + letter(initials) + u"***";
    if (m_us) {
        address.phoneNumber = u"(+1)" + place.dialPrefix + u"*****" + digits(2);
        address.postalCode = place.postcodeStart + digits(2);
        address.fullAddress = house + u' ' + street + u", " + place.city + u", " + place.state + u' '
            + address.postalCode + u", United States";
    } else {
        address.phoneNumber = u"(+44)7" + place.dialPrefix + u"*****" + digits(2);
        address.postalCode = place.postcodeStart + u' ' + digits(1) + letter(letters) + letter(letters);
        address.fullAddress
            = house + u' ' + street + u", " + place.city + u", " + address.postalCode + u", United Kingdom";
    }
    address.regionCode = intern(m_us ? QStringView(u"US") : QStringView(u"GB"));
    return address;
}

void OrderFactory::setTimes(Order &order, const OrderStatusProfile &profile)
{
    order.createTime = m_referenceTime - m_random.between(profile.minAge, profile.maxAge);
    const bool paid
        = order.status != OrderStatus::Unpaid && !(order.status == OrderStatus::Cancelled && m_random.percent(35));
    order.paidTime = paid ? after(order.createTime, 20, 900) : 0;
    switch (order.status) {
    case OrderStatus::Unknown:
    case OrderStatus::Unpaid:
        order.updateTime = order.createTime;
        order.cancelOrderSlaTime = order.createTime + day; // unpaid orders are cancelled after a day
        break;
    case OrderStatus::OnHold:
        order.updateTime = order.paidTime;
        order.isOnHoldOrder = true;
        break;
    case OrderStatus::AwaitingShipment:
        order.updateTime = after(order.paidTime, 0, hour);
        if (m_random.percent(5)) {
            order.isBuyerRequestCancel = true;
            order.updateTime = after(order.paidTime, hour, day);
            order.cancelOrderSlaTime = order.updateTime + 2 * day; // the seller has two days to answer
        }
        break;
    case OrderStatus::PartiallyShipping:
        order.updateTime = after(order.paidTime, 6 * hour, 2 * day);
        break;
    case OrderStatus::AwaitingCollection:
        order.updateTime = after(order.paidTime, 2 * hour, 2 * day);
        break;
    case OrderStatus::InTransit:
        order.updateTime = after(order.paidTime, day, 3 * day);
        break;
    case OrderStatus::Delivered:
        order.updateTime = after(order.paidTime, 3 * day, 8 * day);
        break;
    case OrderStatus::Completed:
        order.updateTime = after(order.paidTime, 10 * day, 20 * day);
        break;
    case OrderStatus::Cancelled:
        cancel(order);
        break;
    }
}

void OrderFactory::cancel(Order &order)
{
    if (order.paidTime == 0) {
        const bool expired = order.createTime + day <= m_referenceTime;
        order.cancellationInitiator = intern(expired ? QStringView(u"SYSTEM") : QStringView(u"BUYER"));
        order.cancelReason
            = intern(expired ? QStringView(u"Payment was not completed in time") : QStringView(u"No longer needed"));
        order.updateTime = expired ? order.createTime + day : after(order.createTime, 600, 12 * hour);
    } else {
        const OrderCancelReason &reason = m_random.pick(OrderSeedTables::paidCancelReasons());
        order.cancellationInitiator = intern(reason.initiator);
        order.cancelReason = intern(reason.reason);
        order.updateTime = after(order.paidTime, hour, 3 * day);
    }
}

void OrderFactory::setDeadlines(Order &order)
{
    const bool running
        = order.paidTime != 0 && order.status != OrderStatus::OnHold && order.status != OrderStatus::Cancelled;
    if (!running)
        return;
    order.rtsSlaTime = order.paidTime + 2 * day;
    order.ttsSlaTime = order.paidTime + 3 * day;
    order.shippingDueTime = order.paidTime + 3 * day;
    order.collectionDueTime = order.paidTime + 5 * day;
    order.deliveryDueTime = order.paidTime + (m_us ? 10 : 8) * day;
}

void OrderFactory::setItemStatuses(Order &order)
{
    const OrderStatus status = order.status;
    QStringView packageStatus = u"TO_FULFILL";
    if (status == OrderStatus::Cancelled)
        packageStatus = u"CANCELLED";
    else if (status == OrderStatus::AwaitingShipment || status == OrderStatus::PartiallyShipping)
        packageStatus = u"PROCESSING";
    else if (status == OrderStatus::AwaitingCollection || status == OrderStatus::InTransit)
        packageStatus = u"FULFILLING";
    else if (status == OrderStatus::Delivered || status == OrderStatus::Completed)
        packageStatus = u"COMPLETED";
    // Line items never show ON_HOLD or PARTIALLY_SHIPPING (reference section 7); ship() moves the
    // shipped half of a partially shipped order on.
    const bool waiting = status == OrderStatus::OnHold || status == OrderStatus::PartiallyShipping;
    for (LineItem &item : order.lineItems) {
        item.packageStatus = intern(packageStatus);
        item.displayStatus = waiting ? OrderStatus::AwaitingShipment : status;
    }
}

void OrderFactory::ship(Order &order, int index)
{
    const OrderStatus status = order.status;
    if (status < OrderStatus::AwaitingShipment || status > OrderStatus::Completed)
        return; // no package before the order can ship, none after a cancellation
    const bool sellerShipping = order.shippingType == u"SELLER";
    const OrderCarrier &carrier = m_random.pick(OrderSeedTables::carriers(sellerShipping, m_us));
    order.shippingProvider = intern(carrier.name);
    order.shippingProviderId = intern(carrier.id);
    const bool partial = status == OrderStatus::PartiallyShipping;
    // Items before this index are in the first, shipped package.
    const qsizetype firstUnshipped = partial      ? (order.lineItems.size() + 1) / 2
        : status == OrderStatus::AwaitingShipment ? 0
                                                  : order.lineItems.size();
    for (int p = 0; p < (partial ? 2 : 1); ++p) {
        const QString packageId = serialId(u"115", quint64(index) * 2 + quint64(p), m_orderOffset);
        const bool shipped = p == 0 && firstUnshipped > 0;
        const QString tracking = shipped
            ? QString(carrier.trackingPrefix + digits(carrier.trackingDigits) + carrier.trackingSuffix)
            : QString();
        order.packageIds.append(packageId);
        if (p == 0)
            order.trackingNumber = tracking;
        for (qsizetype k = shipped ? 0 : firstUnshipped; k < (shipped ? firstUnshipped : order.lineItems.size()); ++k) {
            LineItem &item = order.lineItems[k];
            item.packageId = packageId;
            item.trackingNumber = tracking;
            if (shipped)
                item.shippingProviderName = order.shippingProvider;
            if (shipped && partial) {
                item.packageStatus = intern(u"FULFILLING");
                item.displayStatus = OrderStatus::InTransit;
            }
        }
    }
}

} // namespace

QList<Order> OrderSeed::generate(SeedRandom &random, const SandboxShop &shop, int count, qint64 referenceTime)
{
    OrderFactory factory(random, shop, count, referenceTime);
    QList<Order> orders;
    if (!factory.canSell())
        return orders;
    orders.reserve(count);
    for (int i = 0; i < count; ++i) {
        // The first orders walk through every status, so that even a small shop shows each one.
        const std::span<const OrderStatusProfile> every = OrderSeedTables::statusProfiles();
        const OrderStatus status
            = i < qsizetype(every.size()) ? every[static_cast<size_t>(i)].status : factory.pickStatus();
        orders.append(factory.make(i, status));
    }
    return orders;
}

} // namespace ShopDesk

#include "affiliateseed.h"

#include <algorithm>
#include <array>

#include "sandbox/seeddata.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 day = 86400;
constexpr int openCount = 24;
constexpr int targetCount = 7;

constexpr std::array<QStringView, 7> targetNames{u"Summer glow-up", u"Back to school picks", u"Holiday gift guide",
    u"双十一 好物推荐", u"New year, new home", u"Spring cleaning heroes", u"Top creators Q4"};
constexpr std::array<QStringView, 3> targetMessages{
    u"We love your content and would be thrilled to send you our bestsellers.",
    u"Free samples ship within two days. Tag us when you post!",
    u"期待与您合作，样品包邮。",
};

QString digits(SeedRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + static_cast<char16_t>(random.between(0, 9)));
    return text;
}

QList<const Product *> sellable(const SandboxShop &shop)
{
    QList<const Product *> products;
    for (const Product &product : shop.products) {
        if (product.status == ProductStatus::Activate && !product.skus.isEmpty())
            products.append(&product);
    }
    return products;
}

/// Distinct picks from `list`, in pick order.
template <typename T>
QList<T> pickDistinct(SeedRandom &random, const QList<T> &list, qsizetype count)
{
    QList<T> pool = list;
    QList<T> picked;
    while (picked.size() < count && !pool.isEmpty())
        picked.append(pool.takeAt(static_cast<qsizetype>(random.between(0, pool.size() - 1))));
    return picked;
}

/// A commission a seller would choose: whole or half percents between 5 % and 30 %.
CommissionRate pickRate(SeedRandom &random)
{
    return random.between(10, 60) * 50;
}

OpenCollaboration makeOpen(
    SeedRandom &random, const SandboxShop &shop, const Product &product, qint64 serial, qint64 referenceTime)
{
    OpenCollaboration open;
    open.id = AffiliateSeed::collaborationId(shop, serial);
    open.productId = product.id;
    open.productTitle = product.title;
    open.commissionRate = pickRate(random);
    const qint64 daysAgo = random.between(1, 120);
    open.startTime = referenceTime - daysAgo * day - random.between(0, day);
    open.status = OpenCollaborationStatus::Normal;
    if (random.percent(10)) {
        // Removed by the seller: it keeps running until the end of its commission.
        open.status = OpenCollaborationStatus::Terminating;
        open.endTime = referenceTime + random.between(3600, 2 * day);
    }
    open.showcaseCreatorCount = random.between(0, 80);
    open.contentCreatorCount = open.showcaseCreatorCount * random.between(0, 60) / 100;
    open.requireSellerApproval = random.percent(20);
    return open;
}

TargetCollaboration makeTarget(SeedRandom &random, const SandboxShop &shop, const ShopAffiliates &affiliates,
    const QList<const Product *> &products, int index, qint64 referenceTime)
{
    TargetCollaboration target;
    target.id = AffiliateSeed::collaborationId(shop, 1000 + index);
    target.name = targetNames.at(static_cast<std::size_t>(index) % targetNames.size()).toString();
    target.message = random.pick(targetMessages).toString();
    // A third has ended, a third ends within the week, a third runs for weeks yet.
    switch (index % 3) {
    case 0:
        target.endTime = referenceTime - random.between(1, 10) * day;
        break;
    case 1:
        target.endTime = referenceTime + random.between(1, 6) * day;
        break;
    default:
        target.endTime = referenceTime + random.between(10, 60) * day;
    }
    target.startTime = qMin(referenceTime, target.endTime) - random.between(7, 50) * day;
    target.updateTime = target.startTime + random.between(0, qMin(referenceTime, target.endTime) - target.startTime);
    for (const Product *product : pickDistinct(random, products, random.between(1, 4)))
        target.products.append({product->id, pickRate(random)});
    QList<QString> openIds;
    for (const SeededCreator &creator : affiliates.creators)
        openIds.append(creator.creator.openId);
    target.creatorOpenIds = pickDistinct(random, openIds, random.between(3, 15));
    target.freeSampleRule = {random.percent(60), random.percent(30)};
    target.freeSampleRule.sampleApprovalExempt &= target.freeSampleRule.hasFreeSample;
    target.productCount = target.products.size();
    target.creatorInvitedCount = target.creatorOpenIds.size();
    target.showcaseCreatorCount = random.between(0, target.creatorInvitedCount);
    target.contentCreatorCount = random.between(0, target.showcaseCreatorCount);
    target.type = u"STANDARD"_s;
    return target;
}

/// What an affiliate order can be sold through: a product at a commission in one collaboration.
struct Program
{
    const Product *product = nullptr;
    CommissionRate rate = 0;
    QString openId;
    QString targetId;
};

ContentType pickContentType(SeedRandom &random)
{
    const qint64 roll = random.between(0, 99);
    return roll < 55 ? ContentType::Video
        : roll < 80  ? ContentType::Live
        : roll < 95  ? ContentType::Shop
                     : ContentType::LinkShare;
}

AffiliateOrderStatus pickStatus(SeedRandom &random, qint64 age)
{
    const qint64 roll = random.between(0, 99);
    if (age < 7 * day)
        return roll < 90 ? AffiliateOrderStatus::Processing : AffiliateOrderStatus::Cancelled;
    return roll < 85 ? AffiliateOrderStatus::Completed
        : roll < 92  ? AffiliateOrderStatus::Cancelled
        : roll < 96  ? AffiliateOrderStatus::Frozen
                     : AffiliateOrderStatus::Deducted;
}

AffiliateOrderSku makeSku(
    SeedRandom &random, const Program &program, const QString &creator, AffiliateOrderStatus status)
{
    AffiliateOrderSku sku;
    const Sku &variant = random.pick(program.product->skus);
    sku.productId = program.product->id;
    sku.creatorUsername = creator;
    sku.contentType = pickContentType(random);
    if (sku.contentType == ContentType::Video || sku.contentType == ContentType::Live)
        sku.contentId = u"7"_s + digits(random, 18);
    sku.price = variant.price;
    sku.quantity = random.percent(75) ? 1 : random.between(2, 3);
    sku.commissionRate = program.rate;
    sku.openCollaborationId = program.openId;
    sku.targetCollaborationId = program.targetId;
    sku.estimatedCommissionBase = Money{sku.price.minor * sku.quantity, sku.price.currency};
    sku.estimatedCommission = commissionOf(sku.estimatedCommissionBase, sku.commissionRate);
    if (status == AffiliateOrderStatus::Completed && random.percent(8))
        sku.refundedQuantity = 1;
    // Actual figures exist once an order settles; refunds come off the base.
    const bool settled = status == AffiliateOrderStatus::Completed || status == AffiliateOrderStatus::Deducted;
    const qint64 kept = settled ? sku.quantity - sku.refundedQuantity : 0;
    sku.actualCommissionBase = Money{sku.price.minor * kept, sku.price.currency};
    sku.actualCommission = commissionOf(sku.actualCommissionBase, sku.commissionRate);
    return sku;
}

QList<Program> programsOf(const SandboxShop &shop, const ShopAffiliates &affiliates)
{
    QHash<QString, const Product *> byId;
    for (const Product &product : shop.products)
        byId.insert(product.id, &product);
    QList<Program> programs;
    for (const OpenCollaboration &open : affiliates.openCollaborations)
        programs.append({byId.value(open.productId), open.commissionRate, open.id, {}});
    for (const TargetCollaboration &target : affiliates.targetCollaborations) {
        for (const TargetProduct &product : target.products)
            programs.append({byId.value(product.productId), product.commissionRate, {}, target.id});
    }
    return programs;
}

QList<AffiliateOrder> makeOrders(
    SeedRandom &random, const SandboxShop &shop, const ShopAffiliates &affiliates, qint64 referenceTime)
{
    const QList<Program> programs = programsOf(shop, affiliates);
    // Creators by audience, biggest first; the smaller of two draws favours the big ones.
    QList<const SeededCreator *> ranked;
    for (const SeededCreator &creator : affiliates.creators)
        ranked.append(&creator);
    std::stable_sort(ranked.begin(), ranked.end(), [](const SeededCreator *a, const SeededCreator *b) {
        return a->creator.followerCount > b->creator.followerCount;
    });
    QList<AffiliateOrder> orders;
    if (programs.isEmpty() || ranked.isEmpty())
        return orders;
    for (int i = 0; i < AffiliateSeed::orderCount; ++i) {
        AffiliateOrder order;
        order.id = u"577"_s + shop.info.id.mid(5, 2) + QString::number(100000 + i) + digits(random, 7);
        order.createTime = referenceTime - random.between(600, AffiliateSeed::orderDays * day);
        order.status = pickStatus(random, referenceTime - order.createTime);
        if (order.status == AffiliateOrderStatus::Completed)
            order.deliveryTime = qMin(referenceTime, order.createTime + random.between(3, 7) * day);
        const qsizetype top = qMin<qsizetype>(ranked.size(), 60);
        const qint64 firstDraw = random.between(0, top - 1);
        const qint64 secondDraw = random.between(0, top - 1);
        const QString creator = ranked.at(qMin(firstDraw, secondDraw))->creator.username;
        const int skuCount = random.percent(85) ? 1 : 2;
        for (int s = 0; s < skuCount; ++s)
            order.skus.append(makeSku(random, random.pick(programs), creator, order.status));
        orders.append(order);
    }
    std::sort(orders.begin(), orders.end(),
        [](const AffiliateOrder &a, const AffiliateOrder &b) { return a.createTime > b.createTime; });
    return orders;
}

} // namespace

const SeededCreator *ShopAffiliates::creatorByOpenId(const QString &openId) const
{
    const auto found = std::find_if(creators.cbegin(), creators.cend(),
        [&openId](const SeededCreator &creator) { return creator.creator.openId == openId; });
    return found == creators.cend() ? nullptr : &*found;
}

QString AffiliateSeed::collaborationId(const SandboxShop &shop, qint64 serial)
{
    return u"73"_s + shop.info.id.mid(5, 3) + QString::number(serial).rightJustified(14, u'0');
}

ShopAffiliates AffiliateSeed::generate(SeedRandom &random, const SandboxShop &shop, qint64 referenceTime)
{
    ShopAffiliates affiliates;
    affiliates.creators = CreatorSeed::generate(random, shop);
    const QList<const Product *> products = sellable(shop);
    if (products.isEmpty())
        return affiliates;
    qint64 serial = 1;
    for (const Product *product : pickDistinct(random, products, openCount))
        affiliates.openCollaborations.append(makeOpen(random, shop, *product, serial++, referenceTime));
    std::sort(affiliates.openCollaborations.begin(), affiliates.openCollaborations.end(),
        [](const OpenCollaboration &a, const OpenCollaboration &b) { return a.startTime > b.startTime; });
    for (int i = 0; i < targetCount; ++i)
        affiliates.targetCollaborations.append(makeTarget(random, shop, affiliates, products, i, referenceTime));
    std::sort(affiliates.targetCollaborations.begin(), affiliates.targetCollaborations.end(),
        [](const TargetCollaboration &a, const TargetCollaboration &b) { return a.updateTime > b.updateTime; });
    affiliates.nextSerial = 2000;
    affiliates.orders = makeOrders(random, shop, affiliates, referenceTime);
    return affiliates;
}

} // namespace ShopDesk

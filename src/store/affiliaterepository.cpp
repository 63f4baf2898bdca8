#include "affiliaterepository.h"

#include "domain/affiliateordercodec.h"
#include "domain/collaborationcodec.h"
#include "domain/creatorcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

AffiliateRepository::AffiliateRepository(CacheDatabase &cache)
    : m_creators(cache, u"creators"_s)
    , m_open(cache, u"open_collaborations"_s)
    , m_target(cache, u"target_collaborations"_s)
    , m_orders(cache, u"affiliate_orders"_s)
{ }

std::optional<Error> AffiliateRepository::saveCreators(
    const QString &shopId, const QList<Creator> &creators, qint64 seenAt)
{
    QList<JsonRowTable::Row> rows;
    rows.reserve(creators.size());
    for (const Creator &creator : creators)
        rows.append({creator.openId, {}, creator.username, seenAt, CreatorCodec::encodeCreator(creator)});
    return m_creators.upsert(shopId, rows, QString::fromLatin1(creatorsArea));
}

Result<QList<Creator>> AffiliateRepository::loadCreators(const QString &shopId) const
{
    return decodeRows<Creator>(m_creators.loadAll(shopId), m_creators.name(), &CreatorCodec::decodeCreator);
}

std::optional<Error> AffiliateRepository::replaceCollaborations(const QString &shopId,
    const QList<OpenCollaboration> &open, const QList<TargetCollaboration> &target, qint64 syncedAt)
{
    QList<JsonRowTable::Row> openRows;
    openRows.reserve(open.size());
    for (const OpenCollaboration &collaboration : open) {
        openRows.append({collaboration.id, {}, openCollaborationStatusToApi(collaboration.status),
            collaboration.startTime, CollaborationCodec::encodeOpen(collaboration)});
    }
    QList<JsonRowTable::Row> targetRows;
    targetRows.reserve(target.size());
    for (const TargetCollaboration &collaboration : target) {
        targetRows.append({collaboration.id, {}, collaboration.type, collaboration.updateTime,
            CollaborationCodec::encodeTarget(collaboration)});
    }
    if (auto error = m_open.replace(shopId, openRows, QString::fromLatin1(openCollaborationsArea), syncedAt))
        return error;
    return m_target.replace(shopId, targetRows, QString::fromLatin1(targetCollaborationsArea), syncedAt);
}

Result<QList<OpenCollaboration>> AffiliateRepository::loadOpenCollaborations(const QString &shopId) const
{
    return decodeRows<OpenCollaboration>(m_open.loadAll(shopId), m_open.name(), &CollaborationCodec::decodeOpen);
}

Result<QList<TargetCollaboration>> AffiliateRepository::loadTargetCollaborations(const QString &shopId) const
{
    return decodeRows<TargetCollaboration>(
        m_target.loadAll(shopId), m_target.name(), &CollaborationCodec::decodeTarget);
}

std::optional<Error> AffiliateRepository::replaceAffiliateOrders(
    const QString &shopId, JsonRowTable::Span span, const QList<AffiliateOrder> &orders, qint64 syncedAt)
{
    QList<JsonRowTable::Row> rows;
    rows.reserve(orders.size());
    for (const AffiliateOrder &order : orders) {
        // The affiliate order's id is the shop order's id.
        rows.append({order.id, order.id, affiliateOrderStatusToApi(order.status), order.createTime,
            AffiliateOrderCodec::encodeOrder(order)});
    }
    return m_orders.replace(shopId, rows, QString::fromLatin1(affiliateOrdersArea), syncedAt, span);
}

Result<QList<AffiliateOrder>> AffiliateRepository::loadAffiliateOrders(
    const QString &shopId, JsonRowTable::Span span) const
{
    return decodeRows<AffiliateOrder>(
        m_orders.loadWithin(shopId, span), m_orders.name(), &AffiliateOrderCodec::decodeOrder);
}

} // namespace ShopDesk

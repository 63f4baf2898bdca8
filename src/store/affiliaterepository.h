#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/affiliateorder.h"
#include "domain/collaboration.h"
#include "domain/creator.h"
#include "store/jsonrowtable.h"

namespace ShopDesk {

class CacheDatabase;

/// The affiliate program of each shop in the cache, stored as the API's JSON: the creators the
/// seller has seen in marketplace searches, open and target collaborations, and affiliate orders
/// by creation time.
class AffiliateRepository final
{
public:
    /// The sync area names in the sync cursor table.
    static constexpr auto creatorsArea = "creators";
    static constexpr auto openCollaborationsArea = "open_collaborations";
    static constexpr auto targetCollaborationsArea = "target_collaborations";
    static constexpr auto affiliateOrdersArea = "affiliate_orders";

    explicit AffiliateRepository(CacheDatabase &cache);

    /// Keeps the creators of a search page, noting when they were seen.
    std::optional<Error> saveCreators(const QString &shopId, const QList<Creator> &creators, qint64 seenAt);
    /// Most recently seen first.
    Result<QList<Creator>> loadCreators(const QString &shopId) const;

    /// The server's whole lists replace what the cache held.
    std::optional<Error> replaceCollaborations(const QString &shopId, const QList<OpenCollaboration> &open,
        const QList<TargetCollaboration> &target, qint64 syncedAt);
    Result<QList<OpenCollaboration>> loadOpenCollaborations(const QString &shopId) const;
    /// Most recently updated first.
    Result<QList<TargetCollaboration>> loadTargetCollaborations(const QString &shopId) const;

    /// The server's answer for orders created in `span` replaces what the cache held for it.
    std::optional<Error> replaceAffiliateOrders(
        const QString &shopId, JsonRowTable::Span span, const QList<AffiliateOrder> &orders, qint64 syncedAt);
    /// Orders created in `span`, newest first.
    Result<QList<AffiliateOrder>> loadAffiliateOrders(const QString &shopId, JsonRowTable::Span span) const;

private:
    JsonRowTable m_creators;
    JsonRowTable m_open;
    JsonRowTable m_target;
    JsonRowTable m_orders;
};

} // namespace ShopDesk

#pragma once

#include <QList>

#include "domain/affiliateorder.h"
#include "domain/collaboration.h"
#include "sandbox/creatorseed.h"

namespace ShopDesk {

class SeedRandom;
struct SandboxShop;

/// The affiliate side of one sandbox shop: its Creator Marketplace, its collaborations (which the
/// create routes add to) and the affiliate orders creators brought in.
struct ShopAffiliates
{
    QList<SeededCreator> creators;
    /// Newest first, as the search answers them.
    QList<OpenCollaboration> openCollaborations;
    QList<TargetCollaboration> targetCollaborations;
    /// Newest first.
    QList<AffiliateOrder> orders;
    /// Serial for the ids of collaborations created through the API.
    qint64 nextSerial = 1;

    const SeededCreator *creatorByOpenId(const QString &openId) const;
};

/// Deterministic collaborations and affiliate orders over the shop's own products and creators.
class AffiliateSeed final
{
public:
    static constexpr int orderCount = 320;
    static constexpr int orderDays = 90;

    /// `shop` must already have its products and currency.
    static ShopAffiliates generate(SeedRandom &random, const SandboxShop &shop, qint64 referenceTime);
    /// The id of the `serial`-th collaboration of a shop, "73" + 17 digits like production's.
    static QString collaborationId(const SandboxShop &shop, qint64 serial);
};

} // namespace ShopDesk

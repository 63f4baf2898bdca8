#pragma once

#include <QList>
#include <QString>

#include "core/money.h"
#include "domain/commissionrate.h"

namespace ShopDesk {

/// Settlement state of an affiliate order (reference section 5.5).
enum class AffiliateOrderStatus { Unknown, Processing, Completed, Cancelled, Frozen, Deducted };

/// Where the buyer came from: the creator's showcase, a video, a LIVE, …
enum class ContentType { Unknown, Shop, Video, Live, PreLive, PromotionPage, LinkShare };

QString affiliateOrderStatusToApi(AffiliateOrderStatus status);
AffiliateOrderStatus affiliateOrderStatusFromApi(QStringView text);
QString contentTypeToApi(ContentType type);
ContentType contentTypeFromApi(QStringView text);

/// One SKU of an affiliate order with the creator who sold it and the commission it earns. The
/// estimated figures use the full quantity, the actual ones deduct refunds and returns.
struct AffiliateOrderSku
{
    QString productId;
    QString creatorUsername;
    ContentType contentType = ContentType::Unknown;
    QString contentId;
    Money price;
    qint64 quantity = 0;
    CommissionRate commissionRate = 0;
    Money estimatedCommissionBase;
    Money estimatedCommission;
    Money actualCommissionBase;
    Money actualCommission;
    QString openCollaborationId;
    QString targetCollaborationId;
    QString campaignId;
    qint64 refundedQuantity = 0;
    qint64 returnedQuantity = 0;

    /// Price times quantity: what the buyer paid for this SKU.
    Money gmv() const;
    bool operator==(const AffiliateOrderSku &other) const = default;
};

struct AffiliateOrder
{
    QString id;
    AffiliateOrderStatus status = AffiliateOrderStatus::Unknown;
    qint64 createTime = 0;
    /// 0 until delivered.
    qint64 deliveryTime = 0;
    QList<AffiliateOrderSku> skus;

    bool operator==(const AffiliateOrder &other) const = default;
};

} // namespace ShopDesk

#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/affiliateorder.h"

namespace ShopDesk {

/// One page of `POST /affiliate_seller/202410/orders/search`.
struct AffiliateOrderPage
{
    QList<AffiliateOrder> orders;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// Affiliate order JSON (reference section 5.5) both ways. Commission rates arrive as strings of
/// digits in hundredths of a percent ("1550" is 15.50 %).
class AffiliateOrderCodec final
{
public:
    static Result<AffiliateOrderPage> decodeSearchPage(const QJsonObject &data);
    static QJsonObject encodeOrder(const AffiliateOrder &order);
    /// One order as encodeOrder() wrote it; error paths start at `path`.
    static Result<AffiliateOrder> decodeOrder(const QJsonObject &object, const QString &path);
};

} // namespace ShopDesk

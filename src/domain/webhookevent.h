#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include "core/result.h"

namespace ShopDesk {

/// One webhook notification (reference section 8.2). `data` is kept as sent; the fields ShopDesk
/// reacts to are read into the members.
struct WebhookEvent
{
    /// Reference section 8.4: 1 order status, 3 address, 4 package, 5 product status,
    /// 6 deauthorization, 7 authorization expiring, 11 cancellation, 12 return, 16 product created.
    int type = 0;
    QString notificationId;
    QString shopId;
    qint64 timestamp = 0;
    QJsonObject data;
    /// From `data` when present: the order, product, return or cancellation concerned, and the
    /// new status.
    QString orderId;
    QString productId;
    QString status;

    /// The subscription name of `type` (ORDER_STATUS_CHANGE, …), empty for unknown types.
    QString eventTypeName() const;
};

class WebhookEventCodec final
{
public:
    /// Reads a notification from its raw body. Ids are read from the text even where a sample
    /// sends them as bare numbers too large for a double (`product_id` of type 5).
    static Result<WebhookEvent> decode(QByteArrayView body);
};

} // namespace ShopDesk

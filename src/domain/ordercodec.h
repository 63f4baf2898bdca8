#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/order.h"

namespace ShopDesk {

class JsonReader;

/// One page of `POST /order/202309/orders/search`.
struct OrderPage
{
    QList<Order> orders;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// Order JSON of the orders search and get endpoints (reference section 5.2), both ways: the client
/// decodes it, the sandbox encodes it. Money travels as decimal strings, ids as strings.
class OrderCodec final
{
public:
    static Result<OrderPage> decodeSearchPage(const QJsonObject &data);
    /// The `data` of `GET /order/.../orders?ids=`.
    static Result<QList<Order>> decodeOrders(const QJsonObject &data);
    static Order decodeOrder(JsonReader &reader);

    static QJsonObject encodeOrder(const Order &order);
};

} // namespace ShopDesk

#include "order.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct StatusName
{
    OrderStatus status;
    QStringView name;
};

constexpr std::array statusNames{
    StatusName{OrderStatus::Unpaid, u"UNPAID"},
    StatusName{OrderStatus::OnHold, u"ON_HOLD"},
    StatusName{OrderStatus::AwaitingShipment, u"AWAITING_SHIPMENT"},
    StatusName{OrderStatus::PartiallyShipping, u"PARTIALLY_SHIPPING"},
    StatusName{OrderStatus::AwaitingCollection, u"AWAITING_COLLECTION"},
    StatusName{OrderStatus::InTransit, u"IN_TRANSIT"},
    StatusName{OrderStatus::Delivered, u"DELIVERED"},
    StatusName{OrderStatus::Completed, u"COMPLETED"},
    StatusName{OrderStatus::Cancelled, u"CANCELLED"},
};

} // namespace

OrderStatus orderStatusFromApi(QStringView text)
{
    for (const StatusName &entry : statusNames) {
        if (entry.name == text)
            return entry.status;
    }
    // The order-status webhook spells it without the suffix (reference section 7).
    if (text == u"CANCEL")
        return OrderStatus::Cancelled;
    return OrderStatus::Unknown;
}

QString orderStatusToApi(OrderStatus status)
{
    for (const StatusName &entry : statusNames) {
        if (entry.status == status)
            return entry.name.toString();
    }
    return u"UNKNOWN"_s;
}

qsizetype Order::quantityOf(QStringView skuId) const
{
    qsizetype count = 0;
    for (const LineItem &item : lineItems) {
        if (item.skuId == skuId)
            ++count;
    }
    return count;
}

QStringList Order::skuIds() const
{
    QStringList result;
    for (const LineItem &item : lineItems) {
        if (!result.contains(item.skuId))
            result.append(item.skuId);
    }
    return result;
}

} // namespace ShopDesk

#include "order.h"

#include <array>

#include "core/enumnames.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

using StatusName = EnumName<OrderStatus>;

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
    // The order-status webhook spells it without the suffix (reference section 7).
    if (text == u"CANCEL")
        return OrderStatus::Cancelled;
    return enumFromName(statusNames, text).value_or(OrderStatus::Unknown);
}

QString orderStatusToApi(OrderStatus status)
{
    return enumToName(statusNames, status, u"UNKNOWN");
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

#include "orderdetail.h"

#include <algorithm>

#include "domain/package.h"
#include "models/orderattention.h"
#include "models/ordertablemodel.h"
#include "models/packagetablemodel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

QList<OrderDetail::Line> OrderDetail::linesOf(const Order &order)
{
    QList<Line> lines;
    for (const LineItem &item : order.lineItems) {
        auto same = std::find_if(lines.begin(), lines.end(), [&item](const Line &line) {
            return line.sellerSku == item.sellerSku && line.skuName == item.skuName
                && line.productName == item.productName && line.unitPrice == item.salePrice;
        });
        if (same == lines.end()) {
            lines.append(
                {item.productName, item.skuName, item.sellerSku, 0, item.salePrice, {0, item.salePrice.currency}});
            same = lines.end() - 1;
        }
        ++same->quantity;
        same->amount.minor += item.salePrice.minor;
    }
    return lines;
}

QList<OrderDetail::Parcel> OrderDetail::parcelsOf(const Order &order)
{
    QList<Parcel> parcels;
    for (const LineItem &item : order.lineItems) {
        auto parcel = std::find_if(
            parcels.begin(), parcels.end(), [&item](const Parcel &known) { return known.packageId == item.packageId; });
        if (parcel == parcels.end()) {
            parcels.append({item.packageId, item.packageStatus, item.shippingProviderName, item.trackingNumber, 0});
            parcel = parcels.end() - 1;
        }
        ++parcel->itemCount;
    }
    for (const QString &id : order.packageIds) {
        if (std::none_of(
                parcels.cbegin(), parcels.cend(), [&id](const Parcel &known) { return known.packageId == id; }))
            parcels.append({id, {}, order.shippingProvider, order.trackingNumber, 0});
    }
    return parcels;
}

QList<OrderDetail::Milestone> OrderDetail::milestonesOf(const Order &order, qint64 now)
{
    QList<Milestone> milestones;
    auto add = [&milestones, now](qint64 time, const QString &text) {
        if (time > 0)
            milestones.append({time, text, now > 0 && time > now});
    };
    add(order.createTime, tr("Placed"));
    add(order.paidTime, tr("Paid"));
    const qint64 shipBy = OrderAttention::shipByDeadline(order);
    add(shipBy, shipBy > 0 && shipBy < now ? tr("Ship-by time passed") : tr("Ship by"));
    if (order.status == OrderStatus::AwaitingCollection)
        add(order.collectionDueTime, tr("Carrier to collect by"));
    if (order.status == OrderStatus::AwaitingCollection || order.status == OrderStatus::InTransit)
        add(order.deliveryDueTime, tr("Delivery due by"));
    if (order.isBuyerRequestCancel)
        add(order.cancelOrderSlaTime, tr("Answer the cancellation request by"));
    if (order.updateTime > order.createTime) {
        const QString status = OrderTableModel::statusText(order.status);
        add(order.updateTime,
            order.status == OrderStatus::Cancelled && !order.cancelReason.isEmpty()
                ? tr("%1: %2", "status: cancel reason").arg(status, order.cancelReason)
                : tr("Last update: %1", "order status now").arg(status));
    }
    std::stable_sort(
        milestones.begin(), milestones.end(), [](const Milestone &a, const Milestone &b) { return a.time < b.time; });
    return milestones;
}

QString OrderDetail::packageStatusText(const QString &apiStatus)
{
    // Line items add TO_FULFILL, which no package has (reference section 7): not handed over yet.
    if (apiStatus == u"TO_FULFILL")
        return PackageTableModel::statusText(PackageStatus::Processing);
    if (apiStatus.isEmpty())
        return {};
    return PackageTableModel::statusText(packageStatusFromApi(apiStatus));
}

} // namespace ShopDesk

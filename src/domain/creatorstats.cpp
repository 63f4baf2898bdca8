#include "creatorstats.h"

#include <algorithm>

#include <QHash>
#include <QSet>

namespace ShopDesk {

QList<CreatorStats> CreatorStats::summarize(const QList<AffiliateOrder> &orders, qint64 from, qint64 to)
{
    QHash<QString, CreatorStats> byCreator;
    for (const AffiliateOrder &order : orders) {
        if (order.status == AffiliateOrderStatus::Cancelled || order.createTime < from || order.createTime >= to)
            continue;
        QSet<QString> counted;
        for (const AffiliateOrderSku &sku : order.skus) {
            CreatorStats &stats = byCreator[sku.creatorUsername];
            if (stats.username.isEmpty()) {
                stats.username = sku.creatorUsername;
                stats.gmv = stats.estimatedCommission = stats.actualCommission = Money{0, sku.price.currency};
            }
            stats.gmv.minor += sku.gmv().minor;
            stats.unitsSold += sku.quantity;
            stats.estimatedCommission.minor += sku.estimatedCommission.minor;
            stats.actualCommission.minor += sku.actualCommission.minor;
            if (!counted.contains(sku.creatorUsername)) {
                counted.insert(sku.creatorUsername);
                ++stats.orders;
            }
        }
    }
    QList<CreatorStats> result = byCreator.values();
    std::sort(result.begin(), result.end(), [](const CreatorStats &a, const CreatorStats &b) {
        return a.gmv.minor != b.gmv.minor ? a.gmv.minor > b.gmv.minor : a.username < b.username;
    });
    return result;
}

} // namespace ShopDesk

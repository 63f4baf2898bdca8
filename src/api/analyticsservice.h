#pragma once

#include <QList>
#include <QObject>

#include "api/apireply.h"
#include "domain/performance.h"

namespace ShopDesk {

class ApiCall;
class ApiClient;

/// Shop, product and LIVE analytics of the connected shop (reference section 5.6). Dates are
/// shop-local; the data lags by a day, see ShopPerformance::latestAvailableDate.
class AnalyticsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsService)

public:
    enum class ProductSort { Gmv, Orders, UnitsSold, ClickThroughRate };

    explicit AnalyticsService(ApiClient &client, QObject *parent = nullptr);

    Reply<ShopPerformance> *shopPerformance(const DateRange &range, Granularity granularity, bool withComparison);
    /// The best `limit` (1–100) products of the range by `sort`, best first.
    Reply<QList<ProductPerformance>> *topProducts(const DateRange &range, ProductSort sort, int limit);
    /// Every LIVE session that started in the range, all pages.
    Reply<QList<LiveSession>> *liveSessions(const DateRange &range);
    Reply<ShopPerformance> *liveOverview(const DateRange &range);
    /// One product's performance over the range (`/shop_products/{product_id}/performance`), in the
    /// shape of the shop's; unknown ids fail with an InvalidParameter error.
    Reply<ShopPerformance> *productPerformance(
        const QString &productId, const DateRange &range, Granularity granularity);

private:
    Reply<ShopPerformance> *sendPerformance(const ApiCall &call);

    ApiClient &m_client;
};

} // namespace ShopDesk

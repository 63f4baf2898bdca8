#include "performancecsv.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QStringList dayRecord(const QString &period, const PerformanceInterval &day)
{
    return {period, day.startDate.toString(Qt::ISODate), day.gmv.currency, day.gmv.toDecimal(),
        day.gmvBreakdown.live.toDecimal(), day.gmvBreakdown.video.toDecimal(), day.gmvBreakdown.productCard.toDecimal(),
        QString::number(day.orders), QString::number(day.skuOrders), QString::number(day.unitsSold),
        QString::number(day.buyers), day.avgOrderValue.toDecimal(), QString::number(day.productImpressions),
        QString::number(day.productPageViews), day.refunds.toDecimal(), QString::number(day.cancellationsAndReturns)};
}

/// Basis points as a plain decimal fraction of one ("0.0523"), as the API writes rates.
QString fraction(qint64 basisPoints)
{
    return QString::number(basisPoints / 10000) + u'.' + QString::number(basisPoints % 10000).rightJustified(4, u'0');
}

} // namespace

QList<QStringList> PerformanceCsv::dailyRecords(const AnalyticsSnapshot &snapshot)
{
    QList<QStringList> records{{u"period"_s, u"date"_s, u"currency"_s, u"gmv"_s, u"gmv_live"_s, u"gmv_video"_s,
        u"gmv_product_card"_s, u"orders"_s, u"sku_orders"_s, u"units_sold"_s, u"buyers"_s, u"avg_order_value"_s,
        u"product_impressions"_s, u"product_page_views"_s, u"refunds"_s, u"cancellations_and_returns"_s}};
    for (const PerformanceInterval &day : snapshot.daily.comparisonIntervals)
        records.append(dayRecord(u"previous"_s, day));
    for (const PerformanceInterval &day : snapshot.daily.intervals)
        records.append(dayRecord(u"current"_s, day));
    return records;
}

QList<QStringList> PerformanceCsv::productRecords(
    const AnalyticsSnapshot &snapshot, const QHash<QString, QString> &titles)
{
    QList<QStringList> records{{u"rank"_s, u"product_id"_s, u"title"_s, u"currency"_s, u"gmv"_s, u"orders"_s,
        u"units_sold"_s, u"click_through_rate"_s}};
    for (qsizetype i = 0; i < snapshot.topProducts.size(); ++i) {
        const ProductPerformance &product = snapshot.topProducts.at(i);
        records.append({QString::number(i + 1), product.productId, titles.value(product.productId),
            product.gmv.currency, product.gmv.toDecimal(), QString::number(product.orders),
            QString::number(product.unitsSold), fraction(product.clickThroughRate)});
    }
    return records;
}

} // namespace ShopDesk

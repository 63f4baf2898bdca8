#include "performancerepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QString intervalColumns = u"start_date, end_date, currency, gmv_minor, live_gmv_minor, video_gmv_minor, "
                                "product_card_gmv_minor, orders, sku_orders, units_sold, buyers, "
                                "avg_order_value_minor, product_impressions, product_page_views, "
                                "avg_product_page_visitors, refunds_minor, cancellations_and_returns"_s;

Error sqlError(const QSqlQuery &query)
{
    return Error{query.lastError().text(), query.lastQuery().left(60)};
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate fromIsoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariantList intervalValues(const PerformanceInterval &interval)
{
    const QString &currency = interval.gmv.currency;
    return {isoDate(interval.startDate), isoDate(interval.endDate), currency, interval.gmv.minor,
        interval.gmvBreakdown.live.minor, interval.gmvBreakdown.video.minor, interval.gmvBreakdown.productCard.minor,
        interval.orders, interval.skuOrders, interval.unitsSold, interval.buyers, interval.avgOrderValue.minor,
        interval.productImpressions, interval.productPageViews, interval.avgProductPageVisitors, interval.refunds.minor,
        interval.cancellationsAndReturns};
}

/// Reads the row the query stands on, its columns in the order of intervalColumns.
PerformanceInterval readInterval(const QSqlQuery &query)
{
    const QString currency = query.value(2).toString();
    auto money = [&query, &currency](int column) { return Money{query.value(column).toLongLong(), currency}; };
    PerformanceInterval interval;
    interval.startDate = fromIsoDate(query.value(0));
    interval.endDate = fromIsoDate(query.value(1));
    interval.gmv = money(3);
    interval.gmvBreakdown = {money(4), money(5), money(6)};
    interval.orders = query.value(7).toLongLong();
    interval.skuOrders = query.value(8).toLongLong();
    interval.unitsSold = query.value(9).toLongLong();
    interval.buyers = query.value(10).toLongLong();
    interval.avgOrderValue = money(11);
    interval.productImpressions = query.value(12).toLongLong();
    interval.productPageViews = query.value(13).toLongLong();
    interval.avgProductPageVisitors = query.value(14).toLongLong();
    interval.refunds = money(15);
    interval.cancellationsAndReturns = query.value(16).toLongLong();
    return interval;
}

/// Runs `body` inside one transaction; a failure rolls all of it back.
template <typename Body>
std::optional<Error> inTransaction(const CacheDatabase &cache, Body body)
{
    QSqlDatabase database = cache.database();
    if (!database.transaction())
        return Error{database.lastError().text(), cache.path()};
    if (std::optional<Error> error = body()) {
        database.rollback();
        return error;
    }
    if (!database.commit())
        return Error{database.lastError().text(), cache.path()};
    return std::nullopt;
}

std::optional<Error> execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return std::nullopt;
}

} // namespace

PerformanceRepository::PerformanceRepository(CacheDatabase &cache)
    : m_cache(cache)
{ }

QString PerformanceRepository::shopSeries()
{
    return u"shop"_s;
}

QString PerformanceRepository::productSeries(const QString &productId)
{
    return u"product:"_s + productId;
}

std::optional<Error> PerformanceRepository::saveIntervals(
    const QString &shopId, const QString &series, const QList<PerformanceInterval> &intervals)
{
    QSqlQuery insert(m_cache.database());
    if (!insert.prepare(u"INSERT OR REPLACE INTO performance_intervals (shop_id, series, day_count, "_s
            + intervalColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return sqlError(insert);
    return inTransaction(m_cache, [&]() -> std::optional<Error> {
        for (const PerformanceInterval &interval : intervals) {
            const QVariantList key{shopId, series, interval.startDate.daysTo(interval.endDate)};
            if (auto error = execWith(insert, key + intervalValues(interval)))
                return error;
        }
        return std::nullopt;
    });
}

Result<QList<PerformanceInterval>> PerformanceRepository::loadDays(
    const QString &shopId, const QString &series, const DateRange &range) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT "_s + intervalColumns
        + u" FROM performance_intervals WHERE shop_id = ? AND series = ? AND day_count = 1 "
          "AND start_date >= ? AND start_date < ? ORDER BY start_date"_s);
    for (const QVariant &value :
        {QVariant(shopId), QVariant(series), QVariant(isoDate(range.start)), QVariant(isoDate(range.end))})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<PerformanceInterval> days;
    while (query.next())
        days.append(readInterval(query));
    return days;
}

Result<std::optional<PerformanceInterval>> PerformanceRepository::loadInterval(
    const QString &shopId, const QString &series, const DateRange &range) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT "_s + intervalColumns
        + u" FROM performance_intervals WHERE shop_id = ? AND series = ? AND start_date = ? AND end_date = ?"_s);
    for (const QVariant &value :
        {QVariant(shopId), QVariant(series), QVariant(isoDate(range.start)), QVariant(isoDate(range.end))})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<PerformanceInterval>();
    return std::optional<PerformanceInterval>(readInterval(query));
}

std::optional<Error> PerformanceRepository::saveRanking(
    const QString &shopId, const DateRange &range, const QList<ProductPerformance> &products)
{
    QSqlQuery remove(m_cache.database());
    QSqlQuery insert(m_cache.database());
    if (!remove.prepare(u"DELETE FROM product_rankings WHERE shop_id = ? AND start_date = ? AND end_date = ?"_s)
        || !insert.prepare(u"INSERT INTO product_rankings (shop_id, start_date, end_date, rank, product_id, currency, "
                           "gmv_minor, orders, units_sold, click_through_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return sqlError(insert);
    const QVariantList key{shopId, isoDate(range.start), isoDate(range.end)};
    return inTransaction(m_cache, [&]() -> std::optional<Error> {
        if (auto error = execWith(remove, key))
            return error;
        for (qsizetype rank = 0; rank < products.size(); ++rank) {
            const ProductPerformance &product = products.at(rank);
            const QVariantList row{rank, product.productId, product.gmv.currency, product.gmv.minor, product.orders,
                product.unitsSold, product.clickThroughRate};
            if (auto error = execWith(insert, key + row))
                return error;
        }
        return std::nullopt;
    });
}

Result<QList<ProductPerformance>> PerformanceRepository::loadRanking(
    const QString &shopId, const DateRange &range) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT product_id, currency, gmv_minor, orders, units_sold, click_through_bp FROM product_rankings "
                  "WHERE shop_id = ? AND start_date = ? AND end_date = ? ORDER BY rank"_s);
    for (const QVariant &value : {QVariant(shopId), QVariant(isoDate(range.start)), QVariant(isoDate(range.end))})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<ProductPerformance> products;
    while (query.next()) {
        products.append({query.value(0).toString(), Money{query.value(2).toLongLong(), query.value(1).toString()},
            query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    return products;
}

std::optional<Error> PerformanceRepository::saveLiveViewerDays(const QString &shopId, const QList<LiveViewerDay> &days)
{
    QSqlQuery insert(m_cache.database());
    if (!insert.prepare(
            u"INSERT OR REPLACE INTO live_viewer_days (shop_id, day, sessions, viewers) VALUES (?, ?, ?, ?)"_s))
        return sqlError(insert);
    return inTransaction(m_cache, [&]() -> std::optional<Error> {
        for (const LiveViewerDay &day : days) {
            if (auto error = execWith(insert, {shopId, isoDate(day.day), day.sessions, day.viewers}))
                return error;
        }
        return std::nullopt;
    });
}

Result<QList<LiveViewerDay>> PerformanceRepository::loadLiveViewerDays(
    const QString &shopId, const DateRange &range) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT day, sessions, viewers FROM live_viewer_days WHERE shop_id = ? AND day >= ? AND day < ? "
                  "ORDER BY day"_s);
    for (const QVariant &value : {QVariant(shopId), QVariant(isoDate(range.start)), QVariant(isoDate(range.end))})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<LiveViewerDay> days;
    while (query.next())
        days.append({fromIsoDate(query.value(0)), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return days;
}

} // namespace ShopDesk

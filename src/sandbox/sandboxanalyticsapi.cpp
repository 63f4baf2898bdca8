#include "sandboxanalyticsapi.h"

#include <algorithm>

#include <QJsonArray>

#include "domain/analyticscodec.h"
#include "sandbox/pagetoken.h"
#include "sandbox/sandboxanalyticsquery.h"
#include "sandbox/sandboxliveview.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;
constexpr qint64 invalidPageSize = 12019109;
constexpr qint64 invalidParameter = 12052910;
constexpr qint64 defaultPageSize = 10;

std::optional<qint64> pageSize(const SandboxRequest &request)
{
    if (!request.hasQuery(u"page_size"))
        return defaultPageSize;
    bool ok = false;
    const qint64 size = request.queryValue(u"page_size").toLongLong(&ok);
    if (!ok || size < 1 || size > 100)
        return std::nullopt;
    return size;
}

/// Sorts `items` by the numeric key named in `sort_field`, pages them and answers under `listKey`.
template <typename Item>
SandboxResponse sortedPage(const SandboxCall &call, QList<Item> items,
    const QHash<QString, std::function<qint64(const Item &)>> &keys, const QString &defaultField,
    const QString &listKey, const std::function<QJsonObject(const Item &)> &encode)
{
    const std::optional<qint64> size = pageSize(call.request);
    if (!size)
        return SandboxResponse::failure(httpBadRequest, invalidPageSize, u"page_size must be between 1 and 100."_s);
    const QString field = call.request.hasQuery(u"sort_field") ? call.request.queryValue(u"sort_field") : defaultField;
    const QString order = call.request.hasQuery(u"sort_order") ? call.request.queryValue(u"sort_order") : u"DESC"_s;
    if (!keys.contains(field) || (order != u"ASC" && order != u"DESC"))
        return SandboxResponse::failure(httpBadRequest, invalidParameter, u"Invalid sort_field or sort_order."_s);
    const auto key = keys.value(field);
    const bool ascending = order == u"ASC";
    std::stable_sort(items.begin(), items.end(),
        [&key, ascending](const Item &a, const Item &b) { return ascending ? key(a) < key(b) : key(b) < key(a); });

    const QByteArray context = (call.shop->info.id + u'|' + call.request.path + u'|' + field + order
        + call.request.queryValue(u"start_date_ge") + call.request.queryValue(u"end_date_lt"))
                                   .toUtf8();
    qint64 offset = 0;
    if (call.request.hasQuery(u"page_token")) {
        const std::optional<qint64> decoded = PageToken::decode(call.request.queryValue(u"page_token"), context);
        if (!decoded || *decoded > items.size())
            return SandboxResponse::failure(httpBadRequest, invalidParameter, u"Invalid page_token."_s);
        offset = *decoded;
    }
    QJsonArray list;
    const qint64 end = qMin<qint64>(offset + *size, items.size());
    for (qint64 i = offset; i < end; ++i)
        list.append(encode(items.at(i)));
    return SandboxResponse::success({
        {listKey, list},
        {u"total_count"_s, items.size()},
        {u"next_page_token"_s, end < items.size() ? PageToken::encode(end, context) : QString()},
    });
}

} // namespace

void SandboxAnalyticsApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList performanceVersions{u"202405"_s};
    // Reference section 11.3: the LIVE version is unconfirmed, so the sandbox answers both.
    const QStringList liveVersions{u"202508"_s, u"202509"_s};
    table.add({"GET", u"analytics"_s, u"shop/performance"_s, performanceVersions, true, &shopPerformance});
    table.add({"GET", u"analytics"_s, u"shop_products/performance"_s, performanceVersions, true, &productList});
    table.add({"GET", u"analytics"_s, u"shop_products/{product_id}/performance"_s, performanceVersions, true,
        &productPerformance});
    table.add({"GET", u"analytics"_s, u"shop_lives/performance"_s, liveVersions, true, &liveList});
    table.add({"GET", u"analytics"_s, u"shop_lives/overview_performance"_s, liveVersions, true, &liveOverview});
}

SandboxResponse SandboxAnalyticsApi::shopPerformance(const SandboxCall &call)
{
    SandboxAnalyticsQuery query;
    if (auto failure = SandboxAnalyticsQuery::parse(call, &query))
        return *failure;
    return SandboxResponse::success(AnalyticsCodec::encodePerformance(query.performance(*call.shop, {})));
}

SandboxResponse SandboxAnalyticsApi::productList(const SandboxCall &call)
{
    SandboxAnalyticsQuery query;
    if (auto failure = SandboxAnalyticsQuery::parse(call, &query))
        return *failure;
    const SandboxShop &shop = *call.shop;
    QList<ProductPerformance> products;
    for (const ProductShare &share : shop.analytics.products) {
        // Each row adds up the product's days exactly as its own performance route does.
        const PerformanceInterval whole = query.interval(shop, query.start, query.end,
            SandboxAnalyticsQuery::Share::ofProduct(share.weight, shop.analytics.totalWeight));
        products.append({share.productId, whole.gmv, whole.orders, whole.unitsSold,
            whole.productPageViews * 10000 / qMax<qint64>(1, whole.productImpressions)});
    }
    const QHash<QString, std::function<qint64(const ProductPerformance &)>> keys{
        {u"gmv"_s, [](const ProductPerformance &p) { return p.gmv.minor; }},
        {u"order_count"_s, [](const ProductPerformance &p) { return p.orders; }},
        {u"unit_sold_count"_s, [](const ProductPerformance &p) { return p.unitsSold; }},
        {u"click_through_rate"_s, [](const ProductPerformance &p) { return p.clickThroughRate; }},
    };
    return sortedPage<ProductPerformance>(
        call, products, keys, u"gmv"_s, u"products"_s, &AnalyticsCodec::encodeProduct);
}

SandboxResponse SandboxAnalyticsApi::productPerformance(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"product_id"_s);
    const QList<ProductShare> &shares = call.shop->analytics.products;
    const auto share
        = std::find_if(shares.begin(), shares.end(), [&id](const ProductShare &s) { return s.productId == id; });
    if (share == shares.end())
        return SandboxResponse::failure(httpNotFound, invalidParameter, u"Product %1 not found."_s.arg(id));
    SandboxAnalyticsQuery query;
    if (auto failure = SandboxAnalyticsQuery::parse(call, &query))
        return *failure;
    const auto part = SandboxAnalyticsQuery::Share::ofProduct(share->weight, call.shop->analytics.totalWeight);
    return SandboxResponse::success(AnalyticsCodec::encodePerformance(query.performance(*call.shop, part)));
}

SandboxResponse SandboxAnalyticsApi::liveList(const SandboxCall &call)
{
    SandboxAnalyticsQuery query;
    if (auto failure = SandboxAnalyticsQuery::parse(call, &query))
        return *failure;
    const SandboxShop &shop = *call.shop;
    QList<LiveSession> sessions;
    for (const LiveSession &session : shop.analytics.lives) {
        // A session belongs to the shop-local day it started on.
        const QDate day = SandboxAnalyticsQuery::shopDate(shop, session.startTime);
        std::optional<LiveSession> seen = SandboxLiveView::at(session, call.now);
        if (seen && day >= query.start && day < query.end) {
            seen->gmv = query.money(shop, seen->gmv.minor);
            seen->avgPrice = query.money(shop, seen->avgPrice.minor);
            sessions.append(*seen);
        }
    }
    const QHash<QString, std::function<qint64(const LiveSession &)>> keys{
        {u"gmv"_s, [](const LiveSession &s) { return s.gmv.minor; }},
        {u"24h_live_gmv"_s, [](const LiveSession &s) { return s.gmv.minor; }},
        {u"products_added"_s, [](const LiveSession &s) { return s.productsAdded; }},
        {u"different_products_sold"_s, [](const LiveSession &s) { return s.differentProductsSold; }},
        {u"sku_orders"_s, [](const LiveSession &s) { return s.skuOrders; }},
        {u"unit_sold"_s, [](const LiveSession &s) { return s.unitsSold; }},
        {u"customers"_s, [](const LiveSession &s) { return s.customers; }},
    };
    return sortedPage<LiveSession>(
        call, sessions, keys, u"gmv"_s, u"live_stream_sessions"_s, &AnalyticsCodec::encodeLiveSession);
}

SandboxResponse SandboxAnalyticsApi::liveOverview(const SandboxCall &call)
{
    SandboxAnalyticsQuery query;
    if (auto failure = SandboxAnalyticsQuery::parse(call, &query))
        return *failure;
    return SandboxResponse::success(AnalyticsCodec::encodePerformance(query.performance(*call.shop, {1, 1, true})));
}

} // namespace ShopDesk

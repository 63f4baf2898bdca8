#include "analyticsservice.h"

#include <memory>

#include "api/apiclient.h"
#include "domain/analyticscodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 maxPageSize = 100; // the analytics lists' maximum

ApiCall rangeCall(EndpointId endpoint, const DateRange &range)
{
    ApiCall call(endpoint);
    call.query(u"start_date_ge"_s, range.start.toString(u"yyyy-MM-dd"));
    call.query(u"end_date_lt"_s, range.end.toString(u"yyyy-MM-dd"));
    return call;
}

QString sortFieldName(AnalyticsService::ProductSort sort)
{
    switch (sort) {
    case AnalyticsService::ProductSort::Gmv:
        return u"gmv"_s;
    case AnalyticsService::ProductSort::Orders:
        return u"order_count"_s;
    case AnalyticsService::ProductSort::UnitsSold:
        return u"unit_sold_count"_s;
    case AnalyticsService::ProductSort::ClickThroughRate:
        return u"click_through_rate"_s;
    }
    Q_UNREACHABLE();
}

} // namespace

AnalyticsService::AnalyticsService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Reply<ShopPerformance> *AnalyticsService::shopPerformance(
    const DateRange &range, Granularity granularity, bool withComparison)
{
    ApiCall call = rangeCall(EndpointId::AnalyticsShopPerformance, range);
    call.query(u"granularity"_s, granularity == Granularity::Daily ? u"1D"_s : u"ALL"_s);
    call.query(u"with_comparison"_s, withComparison ? u"true"_s : u"false"_s);
    return sendPerformance(call);
}

Reply<QList<ProductPerformance>> *AnalyticsService::topProducts(const DateRange &range, ProductSort sort, int limit)
{
    auto *reply = new Reply<QList<ProductPerformance>>(this);
    ApiCall call = rangeCall(EndpointId::AnalyticsProductsPerformance, range);
    call.query(u"page_size"_s, qBound(qint64(1), qint64(limit), maxPageSize));
    call.query(u"sort_field"_s, sortFieldName(sort));
    call.query(u"sort_order"_s, u"DESC"_s);
    chainReply(m_client.send(call), reply, [](const Reply<QJsonObject> &sent) -> Result<QList<ProductPerformance>> {
        Result<ProductPerformancePage> page = AnalyticsCodec::decodeProductPage(sent.value());
        if (!page)
            return page.error();
        return std::move(page).value().products;
    });
    return reply;
}

Reply<QList<LiveSession>> *AnalyticsService::liveSessions(const DateRange &range)
{
    auto *reply = new Reply<QList<LiveSession>>(this);
    auto sessions = std::make_shared<QList<LiveSession>>();
    ApiCall call = rangeCall(EndpointId::AnalyticsLiveSessions, range);
    call.query(u"page_size"_s, maxPageSize);
    ApiReply *pages = m_client.sendPaged(call, [sessions](const QJsonObject &data) -> Result<qsizetype> {
        Result<LiveSessionPage> page = AnalyticsCodec::decodeLivePage(data);
        if (!page)
            return page.error();
        *sessions += page.value().sessions;
        return page.value().sessions.size();
    });
    chainReply(pages, reply, [sessions](const ApiReply &) -> Result<QList<LiveSession>> { return *sessions; });
    return reply;
}

Reply<ShopPerformance> *AnalyticsService::liveOverview(const DateRange &range)
{
    return sendPerformance(rangeCall(EndpointId::AnalyticsLiveOverview, range));
}

Reply<ShopPerformance> *AnalyticsService::productPerformance(
    const QString &productId, const DateRange &range, Granularity granularity)
{
    ApiCall call = rangeCall(EndpointId::AnalyticsProductPerformance, range);
    call.pathArg(u"product_id", productId);
    call.query(u"granularity"_s, granularity == Granularity::Daily ? u"1D"_s : u"ALL"_s);
    return sendPerformance(call);
}

Reply<ShopPerformance> *AnalyticsService::sendPerformance(const ApiCall &call)
{
    auto *reply = new Reply<ShopPerformance>(this);
    chainReply(m_client.send(call), reply,
        [](const Reply<QJsonObject> &sent) { return AnalyticsCodec::decodePerformance(sent.value()); });
    return reply;
}

} // namespace ShopDesk

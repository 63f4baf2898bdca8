#include "sandboxfulfillmentapi.h"

#include <algorithm>

#include <QJsonArray>

#include "domain/fulfillmentcodec.h"
#include "domain/jsonreader.h"
#include "sandbox/pagetoken.h"
#include "sandbox/sandboxdocuments.h"
#include "sandbox/sandboxshipping.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpNotFound = 404;
constexpr qint64 actionNotAllowed = 21011003;

SandboxResponse invalid(const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, SandboxShipping::invalidParameter, message);
}

enum class SortField { CreateTime, UpdateTime, OrderPayTime };

struct PackageQuery
{
    std::optional<qint64> createGe;
    std::optional<qint64> createLt;
    std::optional<qint64> updateGe;
    std::optional<qint64> updateLt;
    std::optional<PackageStatus> status;
    SortField sortField = SortField::CreateTime;
    bool ascending = false;

    QByteArray context(const QString &shopId) const
    {
        const auto number = [](const std::optional<qint64> &v) { return v ? QByteArray::number(*v) : "-"; };
        return shopId.toUtf8() + '|' + number(createGe) + '|' + number(createLt) + '|' + number(updateGe) + '|'
            + number(updateLt) + '|' + (status ? packageStatusToApi(*status).toUtf8() : "-") + '|'
            + QByteArray::number(int(sortField)) + (ascending ? "|ASC" : "|DESC");
    }
};

bool inWindow(qint64 time, const std::optional<qint64> &ge, const std::optional<qint64> &lt)
{
    return (!ge || time >= *ge) && (!lt || time < *lt);
}

/// The query of a search request, or the message that refuses it.
std::variant<PackageQuery, QString> readQuery(const SandboxCall &call)
{
    PackageQuery query;
    const QString field
        = call.request.hasQuery(u"sort_field") ? call.request.queryValue(u"sort_field") : u"create_time"_s;
    if (field == u"update_time")
        query.sortField = SortField::UpdateTime;
    else if (field == u"order_pay_time")
        query.sortField = SortField::OrderPayTime;
    else if (field != u"create_time")
        return u"Invalid sort_field: %1."_s.arg(field);
    const QString order = call.request.hasQuery(u"sort_order") ? call.request.queryValue(u"sort_order") : u"DESC"_s;
    if (order != u"ASC" && order != u"DESC")
        return u"Invalid sort_order: %1."_s.arg(order);
    query.ascending = order == u"ASC";

    JsonReader body(call.body, u"body"_s);
    query.createGe = body.optionalInteger(u"create_time_ge");
    query.createLt = body.optionalInteger(u"create_time_lt");
    query.updateGe = body.optionalInteger(u"update_time_ge");
    query.updateLt = body.optionalInteger(u"update_time_lt");
    const QString status = body.optionalString(u"package_status");
    if (body.failed())
        return body.error().toString();
    if (!status.isEmpty()) {
        query.status = packageStatusFromApi(status);
        if (*query.status == PackageStatus::Unknown)
            return u"Invalid package_status: %1."_s.arg(status);
    }
    return query;
}

QList<int> sortedRows(const SandboxShop &shop, const PackageQuery &query)
{
    const QList<SandboxPackage> &packages = shop.packages.packages();
    std::vector<std::pair<qint64, int>> rows;
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const Package &package = packages.at(i).package;
        if ((query.status && package.status != *query.status)
            || !inWindow(package.createTime, query.createGe, query.createLt)
            || !inWindow(package.updateTime, query.updateGe, query.updateLt))
            continue;
        const qint64 key = query.sortField == SortField::UpdateTime ? package.updateTime
            : query.sortField == SortField::OrderPayTime            ? shop.orders.at(packages.at(i).orderRow).paidTime
                                                                    : package.createTime;
        rows.emplace_back(key, static_cast<int>(i));
    }
    // Equal times are ordered by id, so that a page boundary never moves between requests.
    const auto before = [&packages](const std::pair<qint64, int> &a, const std::pair<qint64, int> &b) {
        return a.first != b.first ? a.first < b.first
                                  : packages.at(a.second).package.id < packages.at(b.second).package.id;
    };
    if (query.ascending)
        std::sort(rows.begin(), rows.end(), before);
    else
        std::sort(rows.begin(), rows.end(), [&before](const auto &a, const auto &b) { return before(b, a); });
    QList<int> result;
    result.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows)
        result.append(row.second);
    return result;
}

} // namespace

/// The last search, so that its later pages cost only their own packages.
struct SandboxFulfillmentApi::Cache
{
    QByteArray context;
    quint64 version = 0;
    QList<int> rows;
};

SandboxFulfillmentApi::SandboxFulfillmentApi()
    : m_cache(std::make_shared<Cache>())
{ }

SandboxFulfillmentApi::~SandboxFulfillmentApi() = default;

void SandboxFulfillmentApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add({"POST", u"fulfillment"_s, u"packages/search"_s, versions, true,
        [cache = m_cache](const SandboxCall &call) { return search(*cache, call); }});
    table.add({"GET", u"fulfillment"_s, u"packages/{package_id}"_s, versions, true, &getPackage});
    table.add(
        {"GET", u"fulfillment"_s, u"packages/{package_id}/shipping_documents"_s, versions, true, &shippingDocuments});
    table.add({"GET", u"fulfillment"_s, u"orders/{order_id}/tracking"_s, versions, true, &tracking});
}

SandboxResponse SandboxFulfillmentApi::search(Cache &cache, const SandboxCall &call)
{
    bool ok = false;
    const qint64 size = call.request.queryValue(u"page_size").toLongLong(&ok);
    if (!ok || size < 1 || size > maxPageSize)
        return invalid(u"page_size must be between 1 and %1."_s.arg(maxPageSize));
    std::variant<PackageQuery, QString> read = readQuery(call);
    if (const QString *message = std::get_if<QString>(&read))
        return invalid(*message);
    const PackageQuery &query = std::get<PackageQuery>(read);

    const SandboxPackageStore &store = SandboxShipping::store(*call.shop);
    const QByteArray context = query.context(call.shop->info.id);
    if (cache.context != context || cache.version != store.version())
        cache = Cache{context, store.version(), sortedRows(*call.shop, query)};
    qint64 offset = 0;
    if (call.request.hasQuery(u"page_token")) {
        const std::optional<qint64> decoded = PageToken::decode(call.request.queryValue(u"page_token"), context);
        if (!decoded || *decoded > cache.rows.size())
            return invalid(u"Invalid page_token."_s);
        offset = *decoded;
    }
    QJsonArray packages;
    const qint64 end = qMin<qint64>(offset + size, cache.rows.size());
    for (qint64 i = offset; i < end; ++i)
        packages.append(FulfillmentCodec::encodeSearchPackage(store.packages().at(cache.rows.at(i)).package));
    return SandboxResponse::success({
        {u"packages"_s, packages},
        {u"total_count"_s, cache.rows.size()},
        {u"next_page_token"_s, end < cache.rows.size() ? PageToken::encode(end, context) : QString()},
    });
}

SandboxResponse SandboxFulfillmentApi::getPackage(const SandboxCall &call)
{
    const SandboxPackage *entry = SandboxShipping::store(*call.shop).find(call.pathArgs.value(u"package_id"_s));
    if (!entry)
        return SandboxResponse::failure(
            httpNotFound, SandboxShipping::packageNotFound, u"The package does not belong to the current shop."_s);
    return SandboxResponse::success(FulfillmentCodec::encodePackageDetail(entry->package));
}

SandboxResponse SandboxFulfillmentApi::shippingDocuments(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"package_id"_s);
    const SandboxPackage *entry = SandboxShipping::store(*call.shop).find(id);
    if (!entry)
        return SandboxResponse::failure(
            httpNotFound, SandboxShipping::packageNotFound, u"The package does not belong to the current shop."_s);
    const QString typeName = call.request.queryValue(u"document_type");
    const std::optional<ShippingDocumentType> type = shippingDocumentTypeFromApi(typeName);
    if (!type)
        return invalid(u"Invalid document_type: \"%1\"; use SHIPPING_LABEL or PACKING_SLIP."_s.arg(typeName));
    const QString format
        = call.request.hasQuery(u"document_format") ? call.request.queryValue(u"document_format") : u"PDF"_s;
    if (format != u"PDF")
        return invalid(u"Invalid document_format: \"%1\"; ZPL is only offered in Brazil."_s.arg(format));
    if (*type == ShippingDocumentType::ShippingLabel && entry->package.status != PackageStatus::Fulfilling
        && entry->package.status != PackageStatus::Completed)
        return SandboxResponse::failure(httpBadRequest, actionNotAllowed,
            u"fulfill_unit action not allowed: ship the package before printing its shipping label."_s);
    const ShippingDocument document{
        SandboxDocuments::link(call.request, *call.shop, id, *type, call.now), entry->package.trackingNumber};
    return SandboxResponse::success(FulfillmentCodec::encodeShippingDocument(document));
}

SandboxResponse SandboxFulfillmentApi::tracking(const SandboxCall &call)
{
    const std::optional<QList<TrackingEvent>> events
        = SandboxShipping::tracking(*call.shop, call.pathArgs.value(u"order_id"_s));
    if (!events)
        return SandboxResponse::failure(
            httpNotFound, SandboxShipping::orderNotFound, u"The order does not belong to the current shop."_s);
    return SandboxResponse::success(FulfillmentCodec::encodeTracking(*events));
}

} // namespace ShopDesk

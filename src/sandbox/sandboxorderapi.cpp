#include "sandboxorderapi.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "domain/compactjsonwriter.h"
#include "domain/ordercodec.h"
#include "domain/orderjsonwriter.h"
#include "sandbox/pagetoken.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr qint64 invalidPageSize = 12019109;
constexpr qint64 invalidParameter = 12052910;
constexpr qsizetype maxIdsPerGet = 50;
constexpr qsizetype maxWarehouseIds = 100;
constexpr qsizetype cachedQueries = 4;
constexpr double maxExactInteger = 9007199254740992.0;

SandboxResponse invalid(const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, invalidParameter, message);
}

/// Tells a shop's order list apart from the one a reset or a write left behind, without a pass
/// over every order: writes bump the shop's revision.
struct Fingerprint
{
    const Order *data = nullptr;
    qsizetype size = 0;
    qint64 firstUpdate = 0;
    qint64 lastUpdate = 0;
    quint64 revision = 0;

    static Fingerprint of(const SandboxShop &shop)
    {
        const QList<Order> &orders = shop.orders;
        if (orders.isEmpty())
            return {};
        return {orders.constData(), orders.size(), orders.first().updateTime, orders.last().updateTime,
            shop.ordersRevision};
    }
    bool operator==(const Fingerprint &other) const = default;
};

struct SearchQuery
{
    std::optional<OrderStatus> status;
    std::optional<qint64> createGe;
    std::optional<qint64> createLt;
    std::optional<qint64> updateGe;
    std::optional<qint64> updateLt;
    QString shippingType;
    QString buyerUserId;
    std::optional<bool> buyerRequestCancel;
    QStringList warehouseIds;
    bool byUpdateTime = false;
    bool ascending = false;

    bool matches(const Order &order) const;
    QByteArray context(const QString &shopId) const;
};

bool inWindow(qint64 time, const std::optional<qint64> &ge, const std::optional<qint64> &lt)
{
    return (!ge || time >= *ge) && (!lt || time < *lt);
}

bool SearchQuery::matches(const Order &order) const
{
    return (!status || order.status == *status) && inWindow(order.createTime, createGe, createLt)
        && inWindow(order.updateTime, updateGe, updateLt)
        && (shippingType.isEmpty() || order.shippingType == shippingType)
        && (buyerUserId.isEmpty() || order.userId == buyerUserId)
        && (!buyerRequestCancel || order.isBuyerRequestCancel == *buyerRequestCancel)
        && (warehouseIds.isEmpty() || warehouseIds.contains(order.warehouseId));
}

QByteArray SearchQuery::context(const QString &shopId) const
{
    const auto number
        = [](const std::optional<qint64> &value) { return value ? QByteArray::number(*value) : QByteArray("-"); };
    return shopId.toUtf8() + '|' + (status ? orderStatusToApi(*status).toUtf8() : "-") + '|' + number(createGe) + '|'
        + number(createLt) + '|' + number(updateGe) + '|' + number(updateLt) + '|' + shippingType.toUtf8() + '|'
        + buyerUserId.toUtf8() + '|' + (buyerRequestCancel ? (*buyerRequestCancel ? "1" : "0") : "-") + '|'
        + warehouseIds.join(u',').toUtf8() + '|' + (byUpdateTime ? "update" : "create") + '|'
        + (ascending ? "ASC" : "DESC");
}

/// Reads an optional integer field of the body; a message naming the field when it is no integer.
std::optional<QString> readInteger(const QJsonObject &body, const QString &key, std::optional<qint64> &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > maxExactInteger)
        return u"%1 must be an integer."_s.arg(key);
    out = static_cast<qint64>(number);
    return std::nullopt;
}

std::optional<QString> readString(const QJsonObject &body, const QString &key, QString &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return u"%1 must be a string."_s.arg(key);
    out = value.toString();
    return std::nullopt;
}

std::optional<QString> readFilters(const QJsonObject &body, SearchQuery &query)
{
    QString status;
    if (auto error = readString(body, u"order_status"_s, status))
        return error;
    if (!status.isEmpty()) {
        query.status = orderStatusFromApi(status);
        if (*query.status == OrderStatus::Unknown)
            return u"Invalid order_status: %1."_s.arg(status);
    }
    for (const auto &[key, field] :
        {std::pair{u"create_time_ge"_s, &query.createGe}, std::pair{u"create_time_lt"_s, &query.createLt},
            std::pair{u"update_time_ge"_s, &query.updateGe}, std::pair{u"update_time_lt"_s, &query.updateLt}}) {
        if (auto error = readInteger(body, key, *field))
            return error;
    }
    if (auto error = readString(body, u"shipping_type"_s, query.shippingType))
        return error;
    if (!query.shippingType.isEmpty() && query.shippingType != u"TIKTOK" && query.shippingType != u"SELLER")
        return u"Invalid shipping_type: %1."_s.arg(query.shippingType);
    if (auto error = readString(body, u"buyer_user_id"_s, query.buyerUserId))
        return error;
    const QJsonValue cancel = body.value(u"is_buyer_request_cancel");
    if (!cancel.isUndefined() && !cancel.isNull()) {
        if (!cancel.isBool())
            return u"is_buyer_request_cancel must be a boolean."_s;
        query.buyerRequestCancel = cancel.toBool();
    }
    const QJsonValue warehouses = body.value(u"warehouse_ids");
    if (warehouses.isUndefined() || warehouses.isNull())
        return std::nullopt;
    if (!warehouses.isArray())
        return u"warehouse_ids must be an array of strings."_s;
    const QJsonArray list = warehouses.toArray();
    if (list.size() > maxWarehouseIds)
        return u"warehouse_ids holds at most %1 ids."_s.arg(maxWarehouseIds);
    for (const QJsonValue &id : list) {
        if (!id.isString())
            return u"warehouse_ids must be an array of strings."_s;
        query.warehouseIds.append(id.toString());
    }
    return std::nullopt;
}

std::optional<QString> readSort(const SandboxRequest &request, SearchQuery &query)
{
    const QString field = request.hasQuery(u"sort_field") ? request.queryValue(u"sort_field") : u"create_time"_s;
    if (field != u"create_time" && field != u"update_time")
        return u"Invalid sort_field: %1."_s.arg(field);
    const QString order = request.hasQuery(u"sort_order") ? request.queryValue(u"sort_order") : u"DESC"_s;
    if (order != u"ASC" && order != u"DESC")
        return u"Invalid sort_order: %1."_s.arg(order);
    query.byUpdateTime = field == u"update_time";
    query.ascending = order == u"ASC";
    return std::nullopt;
}

QList<int> sortedRows(const QList<Order> &orders, const SearchQuery &query)
{
    struct Row
    {
        qint64 time;
        int index;
    };
    std::vector<Row> rows;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const Order &order = orders.at(i);
        if (query.matches(order))
            rows.push_back({query.byUpdateTime ? order.updateTime : order.createTime, static_cast<int>(i)});
    }
    // Equal times are ordered by id, so that a page boundary never moves between requests.
    const auto before = [&orders](const Row &a, const Row &b) {
        if (a.time != b.time)
            return a.time < b.time;
        return orders.at(a.index).id < orders.at(b.index).id;
    };
    if (query.ascending)
        std::sort(rows.begin(), rows.end(), before);
    else
        std::sort(rows.begin(), rows.end(), [&before](const Row &a, const Row &b) { return before(b, a); });
    QList<int> result;
    result.reserve(static_cast<qsizetype>(rows.size()));
    for (const Row &row : rows)
        result.append(row.index);
    return result;
}

} // namespace

struct SandboxOrderApi::Cache
{
    struct Search
    {
        QByteArray context;
        Fingerprint fingerprint;
        QList<int> rows;
    };
    struct Ids
    {
        QString shopId;
        Fingerprint fingerprint;
        QHash<QString, int> rows;
    };

    const QList<int> &search(const SandboxShop &shop, const SearchQuery &query, const QByteArray &context);
    const QHash<QString, int> &ids(const SandboxShop &shop);

    /// Most recently used first.
    QList<Search> searches;
    QList<Ids> idIndexes;
};

const QList<int> &SandboxOrderApi::Cache::search(
    const SandboxShop &shop, const SearchQuery &query, const QByteArray &context)
{
    const Fingerprint fingerprint = Fingerprint::of(shop);
    for (qsizetype i = 0; i < searches.size(); ++i) {
        if (searches.at(i).context == context && searches.at(i).fingerprint == fingerprint) {
            searches.move(i, 0);
            return searches.first().rows;
        }
    }
    if (searches.size() >= cachedQueries)
        searches.removeLast();
    searches.prepend({context, fingerprint, sortedRows(shop.orders, query)});
    return searches.first().rows;
}

const QHash<QString, int> &SandboxOrderApi::Cache::ids(const SandboxShop &shop)
{
    const Fingerprint fingerprint = Fingerprint::of(shop);
    auto it = std::find_if(
        idIndexes.begin(), idIndexes.end(), [&shop](const Ids &entry) { return entry.shopId == shop.info.id; });
    if (it == idIndexes.end()) {
        idIndexes.append({shop.info.id, {}, {}});
        it = idIndexes.end() - 1;
    }
    if (it->rows.isEmpty() || it->fingerprint != fingerprint) {
        it->fingerprint = fingerprint;
        it->rows.clear();
        it->rows.reserve(shop.orders.size());
        for (qsizetype i = 0; i < shop.orders.size(); ++i)
            it->rows.insert(shop.orders.at(i).id, static_cast<int>(i));
    }
    return it->rows;
}

SandboxOrderApi::SandboxOrderApi()
    : m_cache(std::make_shared<Cache>())
{ }

SandboxOrderApi::~SandboxOrderApi() = default;

void SandboxOrderApi::addRoutes(SandboxRouteTable &table)
{
    table.add({"POST", u"order"_s, u"orders/search"_s, {u"202309"_s}, true,
        [cache = m_cache](const SandboxCall &call) { return search(*cache, call); }});
    table.add({"GET", u"order"_s, u"orders"_s, {u"202309"_s, u"202507"_s}, true,
        [cache = m_cache](const SandboxCall &call) { return getOrders(*cache, call); }});
}

SandboxResponse SandboxOrderApi::search(Cache &cache, const SandboxCall &call)
{
    bool ok = false;
    const qint64 size = call.request.queryValue(u"page_size").toLongLong(&ok);
    if (!ok || size < 1 || size > 100)
        return SandboxResponse::failure(httpBadRequest, invalidPageSize, u"page_size must be between 1 and 100."_s);
    SearchQuery query;
    if (auto error = readSort(call.request, query))
        return invalid(*error);
    if (auto error = readFilters(call.body, query))
        return invalid(*error);

    const QByteArray context = query.context(call.shop->info.id);
    const QList<int> &rows = cache.search(*call.shop, query, context);
    qint64 offset = 0;
    if (call.request.hasQuery(u"page_token")) {
        const std::optional<qint64> decoded = PageToken::decode(call.request.queryValue(u"page_token"), context);
        if (!decoded || *decoded > rows.size())
            return invalid(u"Invalid page_token."_s);
        offset = *decoded;
    }
    // A full page is a hundred orders: written straight to bytes rather than through a
    // QJsonObject each, which took most of the time of a whole-shop sync.
    const qint64 end = qMin<qint64>(offset + size, rows.size());
    CompactJsonWriter json((end - offset) * 1536 + 128);
    json.beginObject();
    json.field("next_page_token", end < rows.size() ? PageToken::encode(end, context) : QString());
    json.key("orders");
    json.beginArray();
    for (qint64 i = offset; i < end; ++i)
        OrderJsonWriter::write(json, call.shop->orders.at(rows.at(i)));
    json.endArray();
    json.key("total_count");
    json.integer(rows.size());
    json.endObject();
    SandboxResponse response;
    response.dataJson = json.take();
    return response;
}

SandboxResponse SandboxOrderApi::getOrders(Cache &cache, const SandboxCall &call)
{
    const QStringList ids = call.request.queryValue(u"ids").split(u',');
    if (!call.request.hasQuery(u"ids") || ids.size() > maxIdsPerGet)
        return invalid(u"ids must hold between 1 and %1 order ids."_s.arg(maxIdsPerGet));
    if (ids.contains(QString()))
        return invalid(u"ids must not hold an empty id."_s);
    const QHash<QString, int> &rows = cache.ids(*call.shop);
    QJsonArray orders;
    QSet<QString> seen;
    for (const QString &id : ids) {
        const auto row = rows.constFind(id);
        // Ids of other shops or of no order are left out, as production does.
        if (row != rows.constEnd() && !seen.contains(id)) {
            seen.insert(id);
            orders.append(OrderCodec::encodeOrder(call.shop->orders.at(*row)));
        }
    }
    return SandboxResponse::success({{u"orders"_s, orders}});
}

} // namespace ShopDesk

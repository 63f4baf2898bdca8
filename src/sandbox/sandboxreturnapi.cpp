#include "sandboxreturnapi.h"

#include <algorithm>
#include <variant>

#include <QJsonArray>
#include <QJsonDocument>

#include "domain/aftersalecodec.h"
#include "domain/jsonreader.h"
#include "sandbox/aftersaleseed.h"
#include "sandbox/sandboxaftersales.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// The keys of one kind's search body, and how its type and status read.
struct SearchKind
{
    QStringView idsKey;
    QStringView typesKey;
    QStringView statusKey;
    qint64 minPage;
};

constexpr SearchKind returnSearch{u"return_ids", u"return_types", u"return_status", SandboxReturnApi::minReturnPage};
constexpr SearchKind cancellationSearch{
    u"cancel_ids", u"cancel_types", u"cancel_status", SandboxReturnApi::minCancellationPage};

struct Search
{
    QStringList ids;
    QStringList orderIds;
    QStringList buyerIds;
    QStringList types;
    QStringList statuses;
    std::optional<qint64> createGe;
    std::optional<qint64> createLt;
    std::optional<qint64> updateGe;
    std::optional<qint64> updateLt;
    bool byUpdateTime = false;
    bool ascending = true;
    qint64 pageSize = SandboxReturnApi::defaultPage;
};

bool inWindow(qint64 time, const std::optional<qint64> &ge, const std::optional<qint64> &lt)
{
    return (!ge || time >= *ge) && (!lt || time < *lt);
}

/// The search a request asks for, or the answer that refuses it.
template <typename Known>
std::variant<Search, SandboxResponse> readSearch(
    const SandboxCall &call, const SearchKind &kind, Known knownType, Known knownStatus)
{
    Search search;
    if (call.request.hasQuery(u"page_size")) {
        const std::optional<qint64> size
            = SandboxPager::pageSize(call.request, kind.minPage, SandboxReturnApi::maxPage);
        if (!size)
            return SandboxPager::invalidPageSize(
                u"The value of \"page_size\" must be between %1 and %2."_s.arg(kind.minPage)
                    .arg(SandboxReturnApi::maxPage));
        search.pageSize = *size;
    }
    const QString field
        = call.request.hasQuery(u"sort_field") ? call.request.queryValue(u"sort_field") : u"create_time"_s;
    if (field != u"create_time" && field != u"update_time")
        return SandboxPager::invalid(u"Invalid sort_field: %1."_s.arg(field));
    search.byUpdateTime = field == u"update_time";
    const QString order = call.request.hasQuery(u"sort_order") ? call.request.queryValue(u"sort_order") : u"ASC"_s;
    if (order != u"ASC" && order != u"DESC")
        return SandboxPager::invalid(u"Invalid sort_order: %1."_s.arg(order));
    search.ascending = order == u"ASC";

    JsonReader body(call.body, u"body"_s);
    search.ids = body.stringList(kind.idsKey);
    search.orderIds = body.stringList(u"order_ids");
    search.buyerIds = body.stringList(u"buyer_user_ids");
    search.types = body.stringList(kind.typesKey);
    search.statuses = body.stringList(kind.statusKey);
    search.createGe = body.optionalInteger(u"create_time_ge");
    search.createLt = body.optionalInteger(u"create_time_lt");
    search.updateGe = body.optionalInteger(u"update_time_ge");
    search.updateLt = body.optionalInteger(u"update_time_lt");
    body.optionalString(u"locale");
    if (body.failed())
        return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(body.error().toString()));
    for (const QString &type : std::as_const(search.types)) {
        if (!knownType(type))
            return SandboxPager::invalid(u"Invalid %1: %2."_s.arg(kind.typesKey, type));
    }
    for (const QString &status : std::as_const(search.statuses)) {
        if (!knownStatus(status))
            return SandboxPager::invalid(u"Invalid %1: %2."_s.arg(kind.statusKey, status));
    }
    return search;
}

/// Filters, sorts and pages `items` and answers with them under `listKey`.
template <typename T, typename Type, typename Status, typename Encode>
SandboxResponse answer(const SandboxCall &call, const Search &search, const QList<T> &items, QStringView listKey,
    Type typeOf, Status statusOf, Encode encode)
{
    SandboxAftersaleStore &store = SandboxAftersales::store(*call.shop);
    QList<const T *> found;
    for (const T &item : items) {
        const int row = store.orderRow(item.orderId);
        const QString buyer = row >= 0 ? call.shop->orders.at(row).userId : QString();
        if ((!search.ids.isEmpty() && !search.ids.contains(item.id))
            || (!search.orderIds.isEmpty() && !search.orderIds.contains(item.orderId))
            || (!search.buyerIds.isEmpty() && !search.buyerIds.contains(buyer))
            || (!search.types.isEmpty() && !search.types.contains(typeOf(item)))
            || (!search.statuses.isEmpty() && !search.statuses.contains(statusOf(item)))
            || !inWindow(item.createTime, search.createGe, search.createLt)
            || !inWindow(item.updateTime, search.updateGe, search.updateLt))
            continue;
        found.append(&item);
    }
    // Equal times are ordered by id, so that a page boundary never moves between requests.
    const auto before = [&search](const T *a, const T *b) {
        const qint64 x = search.byUpdateTime ? a->updateTime : a->createTime;
        const qint64 y = search.byUpdateTime ? b->updateTime : b->createTime;
        return x != y ? x < y : a->id < b->id;
    };
    std::sort(found.begin(), found.end(),
        [&](const T *a, const T *b) { return search.ascending ? before(a, b) : before(b, a); });

    const QByteArray context = call.shop->info.id.toUtf8() + '|' + listKey.toUtf8() + '|'
        + QJsonDocument(call.body).toJson(QJsonDocument::Compact) + '|' + (search.byUpdateTime ? "u" : "c")
        + (search.ascending ? "A" : "D");
    SandboxPager pager;
    if (auto failure = SandboxPager::slice(call, search.pageSize, found.size(), context, &pager))
        return *failure;
    QJsonArray list;
    for (qint64 i = pager.begin; i < pager.end; ++i)
        list.append(encode(*found.at(i)));
    return SandboxResponse::success({
        {listKey.toString(), list},
        {u"next_page_token"_s, pager.nextToken(found.size(), context)},
        {u"total_count"_s, found.size()},
    });
}

} // namespace

void SandboxReturnApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add({"POST", u"return_refund"_s, u"returns/search"_s, versions, true, &searchReturns});
    table.add({"POST", u"return_refund"_s, u"cancellations/search"_s, versions, true, &searchCancellations});
    table.add({"GET", u"return_refund"_s, u"reject_reasons"_s, versions, true, &rejectReasons});
}

SandboxResponse SandboxReturnApi::searchReturns(const SandboxCall &call)
{
    const auto knownType = [](QStringView text) { return returnTypeFromApi(text) != ReturnType::Unknown; };
    const auto knownStatus = [](QStringView text) { return returnStatusFromApi(text) != ReturnStatus::Unknown; };
    std::variant<Search, SandboxResponse> read = readSearch(call, returnSearch, +knownType, +knownStatus);
    if (const SandboxResponse *refusal = std::get_if<SandboxResponse>(&read))
        return *refusal;
    return answer(
        call, std::get<Search>(read), SandboxAftersales::store(*call.shop).returns(), u"return_orders",
        [](const ReturnRequest &r) { return returnTypeToApi(r.type); },
        [](const ReturnRequest &r) { return returnStatusToApi(r.status); }, &AftersaleCodec::encodeReturn);
}

SandboxResponse SandboxReturnApi::searchCancellations(const SandboxCall &call)
{
    const auto knownType = [](QStringView text) { return cancelTypeFromApi(text) != CancelType::Unknown; };
    const auto knownStatus = [](QStringView text) { return cancelStatusFromApi(text) != CancelStatus::Unknown; };
    std::variant<Search, SandboxResponse> read = readSearch(call, cancellationSearch, +knownType, +knownStatus);
    if (const SandboxResponse *refusal = std::get_if<SandboxResponse>(&read))
        return *refusal;
    return answer(
        call, std::get<Search>(read), SandboxAftersales::store(*call.shop).cancellations(), u"cancellations",
        [](const Cancellation &c) { return cancelTypeToApi(c.type); },
        [](const Cancellation &c) { return cancelStatusToApi(c.status); }, &AftersaleCodec::encodeCancellation);
}

SandboxResponse SandboxReturnApi::rejectReasons(const SandboxCall &call)
{
    const QString id = call.request.queryValue(u"return_or_cancel_id");
    if (id.isEmpty())
        return SandboxPager::invalid(u"return_or_cancel_id is required."_s);
    SandboxAftersaleStore &store = SandboxAftersales::store(*call.shop);
    if (const ReturnRequest *request = store.findReturn(id))
        return SandboxResponse::success(
            AftersaleCodec::encodeRejectReasons(AftersaleSeed::returnRejectReasons(request->status)));
    if (store.findCancellation(id))
        return SandboxResponse::success(
            AftersaleCodec::encodeRejectReasons(AftersaleSeed::cancellationRejectReasons()));
    return SandboxResponse::failure(
        404, SandboxAftersales::notFound, u"No return or cancellation %1 in the current shop."_s.arg(id));
}

} // namespace ShopDesk

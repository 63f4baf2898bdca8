#include "returnservice.h"

#include <QJsonArray>

#include "api/apiclient.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

ApiCall searchCall(EndpointId endpoint, const AftersaleQuery &query, QStringView idsKey)
{
    QJsonObject body;
    if (!query.ids.isEmpty())
        body.insert(idsKey.toString(), QJsonArray::fromStringList(query.ids));
    if (!query.orderIds.isEmpty())
        body.insert(u"order_ids"_s, QJsonArray::fromStringList(query.orderIds));
    const std::pair<QString, std::optional<qint64>> windows[] = {
        {u"create_time_ge"_s, query.createTimeGe},
        {u"create_time_lt"_s, query.createTimeLt},
        {u"update_time_ge"_s, query.updateTimeGe},
        {u"update_time_lt"_s, query.updateTimeLt},
    };
    for (const auto &[key, value] : windows) {
        if (value)
            body.insert(key, *value);
    }
    ApiCall call(endpoint);
    call.query(u"page_size"_s, ReturnService::pageSize);
    call.query(u"sort_field"_s, query.byUpdateTime ? u"update_time"_s : u"create_time"_s);
    call.query(u"sort_order"_s, query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s);
    call.jsonBody(body);
    return call;
}

/// All pages of a search in one list.
template <typename T, typename Search>
Reply<QList<T>> *collect(QObject *parent, Search search)
{
    auto *reply = new Reply<QList<T>>(parent);
    auto items = std::make_shared<QList<T>>();
    ApiReply *pages = search([items](QList<T> &&page) -> std::optional<Error> {
        *items += std::move(page);
        return std::nullopt;
    });
    chainReply(pages, reply, [items](const ApiReply &) -> Result<QList<T>> { return std::move(*items); });
    return reply;
}

} // namespace

ReturnService::ReturnService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ReturnService::~ReturnService() = default;

Reply<QList<ReturnRequest>> *ReturnService::searchReturns(const AftersaleQuery &query)
{
    return collect<ReturnRequest>(
        this, [this, &query](ReturnPageHandler onPage) { return searchReturnPages(query, std::move(onPage)); });
}

Reply<QList<Cancellation>> *ReturnService::searchCancellations(const AftersaleQuery &query)
{
    return collect<Cancellation>(this,
        [this, &query](CancellationPageHandler onPage) { return searchCancellationPages(query, std::move(onPage)); });
}

ApiReply *ReturnService::searchReturnPages(const AftersaleQuery &query, ReturnPageHandler onPage)
{
    return m_client.sendPaged(searchCall(EndpointId::ReturnsSearch, query, u"return_ids"),
        [onPage = std::move(onPage)](const QJsonObject &data) -> Result<qsizetype> {
            Result<ReturnPage> page = AftersaleCodec::decodeReturnsPage(data);
            if (!page)
                return page.error();
            const qsizetype count = page.value().returns.size();
            if (auto error = onPage(std::move(page).value().returns))
                return *error;
            return count;
        });
}

ApiReply *ReturnService::searchCancellationPages(const AftersaleQuery &query, CancellationPageHandler onPage)
{
    return m_client.sendPaged(searchCall(EndpointId::CancellationsSearch, query, u"cancel_ids"),
        [onPage = std::move(onPage)](const QJsonObject &data) -> Result<qsizetype> {
            Result<CancellationPage> page = AftersaleCodec::decodeCancellationsPage(data);
            if (!page)
                return page.error();
            const qsizetype count = page.value().cancellations.size();
            if (auto error = onPage(std::move(page).value().cancellations))
                return *error;
            return count;
        });
}

Reply<QList<RejectReason>> *ReturnService::rejectReasons(const QString &returnOrCancelId)
{
    auto *reply = new Reply<QList<RejectReason>>(this);
    chainReply(m_client.send(ApiCall(EndpointId::RejectReasons).query(u"return_or_cancel_id"_s, returnOrCancelId)),
        reply, [](const Reply<QJsonObject> &sent) { return AftersaleCodec::decodeRejectReasons(sent.value()); });
    return reply;
}

ApiReply *ReturnService::approveReturn(const QString &returnId, ReturnDecision decision, const QString &idempotencyKey)
{
    return m_client.send(ApiCall(EndpointId::ReturnApprove)
                             .pathArg(u"return_id", returnId)
                             .query(u"idempotency_key"_s, idempotencyKey)
                             .jsonBody(AftersaleCodec::encodeReturnApproval(decision)));
}

ApiReply *ReturnService::rejectReturn(
    const QString &returnId, ReturnRejectDecision decision, const Rejection &rejection, const QString &idempotencyKey)
{
    return m_client.send(ApiCall(EndpointId::ReturnReject)
                             .pathArg(u"return_id", returnId)
                             .query(u"idempotency_key"_s, idempotencyKey)
                             .jsonBody(AftersaleCodec::encodeReturnRejection(decision, rejection)));
}

ApiReply *ReturnService::approveCancellation(const QString &cancelId, const QString &idempotencyKey)
{
    return m_client.send(ApiCall(EndpointId::CancellationApprove)
                             .pathArg(u"cancel_id", cancelId)
                             .query(u"idempotency_key"_s, idempotencyKey));
}

ApiReply *ReturnService::rejectCancellation(
    const QString &cancelId, const Rejection &rejection, const QString &idempotencyKey)
{
    return m_client.send(ApiCall(EndpointId::CancellationReject)
                             .pathArg(u"cancel_id", cancelId)
                             .query(u"idempotency_key"_s, idempotencyKey)
                             .jsonBody(AftersaleCodec::encodeCancellationRejection(rejection)));
}

} // namespace ShopDesk

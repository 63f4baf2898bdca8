#include "orderservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include "api/apiclient.h"
#include "api/searchbody.h"
#include "domain/ordercodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 searchPageSize = 100; // the endpoint's maximum
constexpr qsizetype maxIdsPerGet = 50; // reference section 5.2

QJsonObject searchBody(const OrderQuery &query)
{
    QJsonObject body;
    if (query.status)
        body.insert(u"order_status"_s, orderStatusToApi(*query.status));
    insertTimeWindows(body, query.createTimeGe, query.createTimeLt, query.updateTimeGe, query.updateTimeLt);
    return body;
}

} // namespace

struct OrderService::Batch
{
    QStringList ids;
    qsizetype next = 0;
    QList<Order> orders;
    QPointer<ApiReply> current;
};

OrderService::OrderService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

OrderService::~OrderService() = default;

Reply<QList<Order>> *OrderService::search(const OrderQuery &query)
{
    auto *reply = new Reply<QList<Order>>(this);
    auto orders = std::make_shared<QList<Order>>();
    ApiReply *pages = searchPages(query, [orders](QList<Order> &&page, bool) -> std::optional<Error> {
        *orders += std::move(page);
        return std::nullopt;
    });
    chainReply(pages, reply, [orders](const ApiReply &) -> Result<QList<Order>> { return std::move(*orders); });
    return reply;
}

PagedReply *OrderService::searchPages(const OrderQuery &query, PageHandler onPage)
{
    ApiCall call(EndpointId::OrdersSearch);
    call.query(u"page_size"_s, searchPageSize);
    call.query(u"sort_field"_s, query.sortField == OrderSortField::UpdateTime ? u"update_time"_s : u"create_time"_s);
    call.query(u"sort_order"_s, query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s);
    call.jsonBody(searchBody(query));
    return m_client.sendPaged<OrderPage>(
        call, [](const QJsonObject &data) { return OrderCodec::decodeSearchPage(data); },
        [onPage = std::move(onPage)](OrderPage &&page) -> Result<qsizetype> {
            const qsizetype count = page.orders.size();
            // ApiClient::fetchPage ends the walk on the same condition.
            const bool lastPage = page.nextPageToken.isEmpty();
            if (auto error = onPage(std::move(page.orders), lastPage))
                return *error;
            return count;
        },
        ApiClient::PageRequests::Ahead);
}

Reply<QList<Order>> *OrderService::getOrders(const QStringList &ids)
{
    auto *reply = new Reply<QList<Order>>(this);
    if (ids.isEmpty()) {
        // Still from the event loop, so that the caller has connected first.
        QTimer::singleShot(0, reply, [reply] { reply->finishWithValue({}); });
        return reply;
    }
    auto batch = std::make_shared<Batch>(Batch{ids, 0, {}, {}});
    reply->setCancelHandler([batch] {
        if (batch->current)
            batch->current->cancel();
    });
    fetchBatch(reply, batch);
    return reply;
}

void OrderService::fetchBatch(Reply<QList<Order>> *reply, const std::shared_ptr<Batch> &batch)
{
    const QStringList chunk = batch->ids.mid(batch->next, maxIdsPerGet);
    batch->next += chunk.size();
    ApiCall call(EndpointId::OrdersGet);
    call.query(u"ids"_s, chunk.join(u','));
    Reply<QJsonObject> *page = m_client.send(call);
    batch->current = page;
    connect(page, &ApiReply::finished, reply, [this, reply, batch, page] {
        batch->current = nullptr;
        reply->setRequestId(page->requestId());
        if (page->hasError()) {
            reply->finishWithError(*page->error());
            return;
        }
        Result<QList<Order>> orders = OrderCodec::decodeOrders(page->value());
        if (!orders) {
            reply->finishWithError(ApiError::decode(orders.error().toString(), page->requestId()));
            return;
        }
        batch->orders += std::move(orders).value();
        reply->reportProgress(batch->next, batch->ids.size());
        if (reply->isFinished())
            return; // cancelled from a progress slot
        if (batch->next < batch->ids.size())
            fetchBatch(reply, batch);
        else
            reply->finishWithValue(std::move(batch->orders));
    });
}

} // namespace ShopDesk

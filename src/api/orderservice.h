#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QStringList>

#include "api/apireply.h"
#include "domain/order.h"

namespace ShopDesk {

class ApiClient;

enum class OrderSortField { CreateTime, UpdateTime };

/// Which orders a search returns and in what order. Unset fields do not filter; time windows are
/// epoch seconds, `…Ge` inclusive and `…Lt` exclusive.
struct OrderQuery
{
    std::optional<OrderStatus> status;
    std::optional<qint64> createTimeGe;
    std::optional<qint64> createTimeLt;
    std::optional<qint64> updateTimeGe;
    std::optional<qint64> updateTimeLt;
    OrderSortField sortField = OrderSortField::CreateTime;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

/// Orders of the connected shop (reference section 5.2).
class OrderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderService)

public:
    explicit OrderService(ApiClient &client, QObject *parent = nullptr);
    ~OrderService() override;

    /// Every order the query matches, all pages, in the query's order; progress counts orders
    /// against `total_count`.
    Reply<QList<Order>> *search(const OrderQuery &query);
    /// The same search, handing each page to `onPage` as it arrives (to store it and move a sync
    /// cursor on), with `lastPage` set on the page that ends the search (so that a handler that
    /// stores several pages at once knows when to store the rest); an error `onPage` returns stops
    /// the search with that error.
    using PageHandler = std::function<std::optional<Error>(QList<Order> &&orders, bool lastPage)>;
    PagedReply *searchPages(const OrderQuery &query, PageHandler onPage);
    /// The orders with these ids, in the order asked for; ids the shop does not know are left out.
    /// Sends one request per 50 ids and fails as a whole on the first failed request; progress
    /// counts ids asked for.
    Reply<QList<Order>> *getOrders(const QStringList &ids);

private:
    struct Batch;
    void fetchBatch(Reply<QList<Order>> *reply, const std::shared_ptr<Batch> &batch);

    ApiClient &m_client;
};

} // namespace ShopDesk

#include "ordersync.h"

#include "api/orderservice.h"
#include "core/clock.h"
#include "store/orderrepository.h"
#include "store/synccursorrepository.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QString ordersArea = QString::fromLatin1(OrderRepository::syncArea);
}

OrderSync::OrderSync(OrderService &service, CacheDatabase &cache, QString shopId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_orders(std::make_unique<OrderRepository>(cache))
    , m_cursors(std::make_unique<SyncCursorRepository>(cache))
    , m_shopId(std::move(shopId))
    , m_clock(clock)
{ }

OrderSync::~OrderSync()
{
    if (m_pending)
        m_pending->disconnect(this);
}

qint64 OrderSync::lastSyncedAt() const
{
    return m_cursors->syncedAt(m_shopId, ordersArea);
}

void OrderSync::start()
{
    if (m_pending)
        return;
    m_written = 0;
    m_cursor = m_cursors->cursor(m_shopId, ordersArea).toLongLong();
    OrderQuery query;
    if (m_cursor > 0)
        query.updateTimeGe = std::max<qint64>(0, m_cursor - overlapSeconds);
    query.sortField = OrderSortField::UpdateTime;
    query.sortOrder = Qt::AscendingOrder;
    ApiReply *reply = m_service.searchPages(query, [this](QList<Order> &&orders) -> std::optional<Error> {
        for (const Order &order : std::as_const(orders))
            m_cursor = std::max(m_cursor, order.updateTime);
        if (auto error = m_orders->upsert(m_shopId, orders, m_cursor))
            return error;
        m_written += orders.size();
        return std::nullopt;
    });
    m_pending = reply;
    connect(reply, &ApiReply::progress, this, &OrderSync::progress);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_pending = nullptr;
        if (reply->hasError()) {
            emit finished(reply->error());
            return;
        }
        m_cursors->markSynced(m_shopId, ordersArea, m_clock.nowSecs(), QString::number(m_cursor));
        emit finished(std::nullopt);
    });
}

void OrderSync::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

} // namespace ShopDesk

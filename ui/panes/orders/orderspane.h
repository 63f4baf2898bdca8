#pragma once

#include <memory>

#include <QPointer>

#include "api/apireply.h"
#include "domain/order.h"
#include "panes/pane.h"
#include "sync/ordercatalog.h"

namespace Ui {
class OrdersPane;
}

class QTimer;

namespace ShopDesk {

class Clock;
class OrderFilterModel;
class OrderTableModel;

/// The Orders tab: every order of the shop in a sortable table, with a tab per status (and its
/// count), a search that takes pasted lists, and a live countdown to each order's ship-by time.
class OrdersPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPane)

public:
    OrdersPane(OrderCatalog &catalog, const Clock &clock, QWidget *parent = nullptr);
    ~OrdersPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;

    /// The statuses that have a tab, in tab order after "All".
    static QList<OrderStatus> tabStatuses();

private:
    void connectSignals();
    void handleLoaded(const QList<Order> &orders, OrderCatalog::Source source);
    void handleFailed(const ApiError &error, qint64 lastSyncedAt);
    void markLoaded();
    void handleFilterChanged();
    void updateTabCounts();
    void updateCount();

    const std::unique_ptr<Ui::OrdersPane> m_ui;
    OrderCatalog &m_catalog;
    const Clock &m_clock;
    OrderTableModel *const m_model;
    OrderFilterModel *const m_filterModel;
    QTimer *const m_countdown;
    bool m_loaded = false;
};

} // namespace ShopDesk

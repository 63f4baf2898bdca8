#pragma once

#include <memory>

#include <QPointer>

#include "api/apireply.h"
#include "domain/order.h"
#include "panes/pane.h"

namespace Ui {
class OrdersPane;
}

class QTimer;

namespace ShopDesk {

class Clock;
class OrderFilterModel;
class OrderService;
class OrderTableModel;

/// The Orders tab: every order of the shop in a sortable table, with a tab per status (and its
/// count), a search that takes pasted lists, and a live countdown to each order's ship-by time.
class OrdersPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPane)

public:
    OrdersPane(OrderService &service, const Clock &clock, QWidget *parent = nullptr);
    ~OrdersPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;

    /// The statuses that have a tab, in tab order after "All".
    static QList<OrderStatus> tabStatuses();

private:
    void connectSignals();
    void handleLoaded(Reply<QList<Order>> *reply);
    void handleFilterChanged();
    void updateTabCounts();
    void updateCount();

    const std::unique_ptr<Ui::OrdersPane> m_ui;
    OrderService &m_service;
    const Clock &m_clock;
    OrderTableModel *const m_model;
    OrderFilterModel *const m_filterModel;
    QTimer *const m_countdown;
    QPointer<Reply<QList<Order>>> m_pending;
    bool m_loaded = false;
};

} // namespace ShopDesk

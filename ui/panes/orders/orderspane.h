#pragma once

#include <memory>

#include <QHash>
#include <QPointer>

#include "api/apireply.h"
#include "domain/order.h"
#include "panes/pane.h"
#include "store/outboxcommand.h"
#include "sync/ordercatalog.h"

namespace Ui {
class OrdersPane;
}

class QTimer;

namespace ShopDesk {

class AftersaleCatalog;
class TrackingCatalog;
class Clock;
class FulfillmentService;
class OrderDetailPanel;
class OrderFilterBar;
class OrderFilterModel;
class ShipPlan;
class ShippingDocuments;
class ShopOutbox;
class OrderTableModel;

/// The Orders tab: every order of the shop in a sortable table, with a tab per status (and its
/// count), a "Needs action" tab, a search that takes pasted lists, a creation-date filter, a live
/// countdown to each order's ship-by time, and the current order's detail beside the table.
class OrdersPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPane)

public:
    /// Without an outbox (no cache) orders can be browsed but not shipped.
    OrdersPane(OrderCatalog &catalog, FulfillmentService &fulfillment, TrackingCatalog &tracking, ShopOutbox *outbox,
        const Clock &clock, QWidget *parent = nullptr);
    ~OrdersPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    QStringList screenshotViews() const override;
    QWidget *showScreenshotView(const QString &view) override;

    /// The statuses that have a tab, in tab order after "All".
    static QList<OrderStatus> tabStatuses();
    /// The "Needs action" tab comes after the status tabs.
    static int needsActionTab() { return int(tabStatuses().size()) + 1; }
    /// Open cancellation and return requests count as needing action; the orders pane refreshes
    /// them with the orders.
    void setAftersales(AftersaleCatalog &aftersales);

    /// The selected orders, or every order shown when none is selected.
    QList<Order> ordersToShip() const;
    /// Opens the Ship dialog for ordersToShip() (Ctrl+Shift+S).
    void openShipDialog();
    /// Sends a checked plan and follows it with progress and a result per row.
    void ship(const ShipPlan &plan);
    /// Sends the failed rows of the last batch again.
    void retryFailedShipments();

    void setShopName(const QString &name) { m_shopName = name; }
    /// The shipping labels of the selected orders' packages from the API, merged into `path`;
    /// finished() of the returned reply follows.
    ApiReply *saveShippingLabels(const QString &path);
    /// ShopDesk's own packing slips and pick list of the selected orders; the error text or empty.
    QString savePackingSlips(const QString &path, bool pickListOnly);

private:
    void connectSignals();
    void handlePreview(const OrderRows &newest);
    void handleLoaded(const OrderRows &orders, OrderCatalog::Source source);
    void handleFailed(const ApiError &error, qint64 lastSyncedAt);
    void markLoaded();
    void handleCommandChanged(const OutboxCommand &command);
    void finishBatch();
    void setUpDocumentsMenu();
    void chooseAndSave(int kind);
    void handleFilterChanged();
    void updateTabCounts();
    void updateCount();
    void handleMinuteTick();
    void showCurrentOrder();
    QDate today() const;

    const std::unique_ptr<Ui::OrdersPane> m_ui;
    OrderCatalog &m_catalog;
    FulfillmentService &m_fulfillment;
    ShopOutbox *const m_outbox;
    QString m_batchId;
    QString m_shopName;
    ShippingDocuments *const m_documents;
    QHash<QString, OutboxCommand> m_batch;
    const Clock &m_clock;
    OrderTableModel *const m_model;
    OrderFilterModel *const m_filterModel;
    OrderDetailPanel *const m_detail;
    OrderFilterBar *m_filterBar = nullptr;
    AftersaleCatalog *m_aftersales = nullptr;
    QTimer *const m_countdown;
    bool m_loaded = false;
};

} // namespace ShopDesk

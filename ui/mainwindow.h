#pragma once

#include <chrono>
#include <memory>

#include <QList>
#include <QMainWindow>

#include "security/shopprofile.h"

class QActionGroup;
class QPushButton;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace ShopDesk {

class AnalyticsCatalog;
class CacheDatabase;
class Clock;
class LivePane;
class MessageBanner;
class Notifier;
class Pane;
class ProductsPane;
class ShipmentsPane;
class TrackingCatalog;
class OrderCatalog;
struct WebhookEvent;
class ProductCatalog;
class ShopOutbox;
class ShopSession;

/// The main window: composes the panes of one shop and owns the menus. Panes do their own work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `cache` may be null: the panes then read the server only.
    MainWindow(ShopSession &session, const Clock &clock, CacheDatabase *cache, QWidget *parent = nullptr);
    ~MainWindow() override;

    const QList<Pane *> &panes() const { return m_panes; }
    /// News for the whole window rather than one pane.
    MessageBanner &windowBanner() { return *m_windowBanner; }
    Notifier &notifier() { return *m_notifier; }
    void showPane(Pane *pane);
    /// A webhook notification: the data it names is synced again at once, without waiting for the
    /// next scheduled sync.
    void handleWebhookEvent(const WebhookEvent &event);
    /// Syncs the orders this often while the window is open.
    void setSyncInterval(std::chrono::minutes interval);
    /// Lists the connected shops, then the demo shop, in the Shop menu (Ctrl+1…9 in that order);
    /// the window's own shop is checked.
    void setShopChoices(const QList<ConnectedShop> &shops);
    /// Passes the settings the panes use (low-stock threshold, stuck-shipment days) on to them.
    void applyPreferences(const Preferences &preferences);
    void setSavedProductViews(const QList<SavedProductView> &views);

signals:
    void settingsRequested();
    /// An empty id asks for the demo shop.
    void shopRequested(const QString &shopId);
    void connectShopRequested();
    void signOutRequested();
    void savedProductViewsChanged(const QList<ShopDesk::SavedProductView> &views);
    /// View > All shops: the orders needing action in every shop.
    void allShopsRequested();

private:
    void addPane(Pane *pane);
    void addShipmentsPane(const Clock &clock, CacheDatabase *cache, TrackingCatalog &tracking);
    void addAffiliateAndLivePanes(const Clock &clock, CacheDatabase *cache);
    /// Polls for LIVE sessions that end and has the notifier say so.
    void watchLiveSessions(LivePane *pane, const Clock &clock);
    /// With a cache: the first sync of the data the panes otherwise load only when opened, once
    /// the orders have been read.
    void setUpOfflineFill(const Clock &clock, CacheDatabase &cache);
    void showShopLabel();
    void handleAbout();
    void setUpChanges();
    void updateChangesIndicator();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    ShopSession &m_session;
    ProductCatalog *const m_productCatalog;
    ShopOutbox *m_outbox = nullptr;
    OrderCatalog *m_orderCatalog = nullptr;
    QPushButton *m_changesLabel = nullptr;
    AnalyticsCatalog *const m_analyticsCatalog;
    /// News for the whole window (a LIVE ended) when the desktop has no system tray.
    MessageBanner *const m_windowBanner;
    QList<Pane *> m_panes;
    Pane *m_ordersPane = nullptr;
    ProductsPane *m_productsPane = nullptr;
    ShipmentsPane *m_shipmentsPane = nullptr;
    QActionGroup *m_shopGroup = nullptr;
    QTimer *const m_syncTimer;
    Notifier *const m_notifier;
};

} // namespace ShopDesk

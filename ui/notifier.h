#pragma once

#include <QObject>
#include <QSet>

#include "domain/order.h"
#include "domain/performance.h"
#include "domain/returnrequest.h"
#include "models/orderrow.h"

class QSystemTrayIcon;
class QWidget;

namespace ShopDesk {

class AftersaleCatalog;
class ApiClient;
struct ApiError;
class Clock;
class LiveEndWatcher;
class MessageBanner;
class OrderCatalog;

/// Tells the seller what needs them while ShopDesk is open: orders to ship after a sync, ship-by
/// times about to pass, buyers' return requests waiting for an answer, a LIVE that ended, a shop
/// that must be authorized again. As a system tray
/// message where the desktop has a tray, otherwise in the window's banner; either way notified()
/// says what was shown. Each thing is said once, not at every sync.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Kind { OrdersToShip, SlaExpiring, LiveEnded, ReauthorizationNeeded, ReturnRequested };
    Q_ENUM(Kind)

    /// `banner` is used when no system tray is available.
    Notifier(MessageBanner &banner, QWidget *window);

    void watchOrders(OrderCatalog &catalog, const Clock &clock);
    void watchAftersales(AftersaleCatalog &catalog);
    void watchLive(LiveEndWatcher &watcher);
    void watchClient(ApiClient &client);

    bool usesTray() const { return m_tray != nullptr; }
    void notify(Kind kind, const QString &headline, const QString &details);

    static QString liveHeadline(const LiveSession &session);
    static QString liveDetails(const LiveSession &session);

signals:
    void notified(const QString &headline, const QString &details, ShopDesk::Notifier::Kind kind);

private:
    void handleOrders(const QList<OrderRow> &orders, qint64 now);
    void handleReturns(const QList<ReturnRequest> &returns);
    void handleReauthorization(const ApiError &error);

    MessageBanner &m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_ordersSeen = false;
    QSet<QString> m_toShip;
    QSet<QString> m_warnedSla;
    /// Return requests already told about; a request is told about once, when it first waits.
    QSet<QString> m_returnsTold;
    bool m_reauthorizationShown = false;
};

} // namespace ShopDesk

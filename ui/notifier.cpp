#include "notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

#include "api/apiclient.h"
#include "core/clock.h"
#include "errorpresenter.h"
#include "models/displayformat.h"
#include "models/ordertablemodel.h"
#include "sync/aftersalecatalog.h"
#include "sync/liveendwatcher.h"
#include "sync/orderalerts.h"
#include "sync/ordercatalog.h"
#include "widgets/messagebanner.h"

namespace ShopDesk {

Notifier::Notifier(MessageBanner &banner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(window->windowTitle());
        m_tray->show();
    }
}

void Notifier::watchOrders(OrderCatalog &catalog, const Clock &clock)
{
    connect(&catalog, &OrderCatalog::ordersLoaded, this,
        [this, &clock](const OrderRows &orders, OrderCatalog::Source source) {
            // The cache shows what was known before; only a sync brings news.
            if (source == OrderCatalog::Source::Server)
                handleOrders(orders.rows(), clock.nowSecs());
        });
}

void Notifier::watchAftersales(AftersaleCatalog &catalog)
{
    connect(&catalog, &AftersaleCatalog::aftersalesLoaded, this,
        [this](const QList<ReturnRequest> &returns, const QList<Cancellation> &, SyncedCatalog::Source source) {
            if (source == SyncedCatalog::Source::Server)
                handleReturns(returns);
        });
}

void Notifier::watchLive(LiveEndWatcher &watcher)
{
    connect(&watcher, &LiveEndWatcher::liveEnded, this,
        [this](const LiveSession &session) { notify(Kind::LiveEnded, liveHeadline(session), liveDetails(session)); });
}

void Notifier::watchClient(ApiClient &client)
{
    connect(&client, &ApiClient::reauthorizationNeeded, this, &Notifier::handleReauthorization);
}

void Notifier::notify(Kind kind, const QString &headline, const QString &details)
{
    if (m_tray) {
        m_tray->showMessage(headline, details,
            kind == Kind::ReauthorizationNeeded ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else if (kind != Kind::ReauthorizationNeeded) {
        m_banner.showInfo(headline, details);
    }
    emit notified(headline, details, kind);
}

void Notifier::handleOrders(const QList<OrderRow> &orders, qint64 now)
{
    const QStringList toShip = OrderAlerts::toShip(orders);
    QStringList arrived;
    for (const QString &id : toShip) {
        if (!m_toShip.contains(id))
            arrived.append(id);
    }
    m_toShip = QSet<QString>(toShip.cbegin(), toShip.cend());
    if (!arrived.isEmpty()) {
        notify(Kind::OrdersToShip, tr("%n order(s) to ship", nullptr, int(toShip.size())),
            m_ordersSeen ? tr("%n new since the last sync.", nullptr, int(arrived.size()))
                         : tr("Ship them from the Orders tab."));
    }
    m_ordersSeen = true;

    QStringList fresh;
    for (const QString &id : OrderAlerts::slaExpiring(orders, now)) {
        if (!m_warnedSla.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    for (const QString &id : fresh)
        m_warnedSla.insert(id);
    const qint64 first = OrderAlerts::earliestDeadline(orders, fresh);
    notify(Kind::SlaExpiring,
        tr("%n order(s) must ship within %1 hours", nullptr, int(fresh.size()))
            .arg(OrderAlerts::slaWarningSeconds / 3600),
        tr("The first must ship %1, or TikTok Shop may penalize the shop.")
            .arg(OrderTableModel::countdownText(first, now)));
}

void Notifier::handleReturns(const QList<ReturnRequest> &returns)
{
    QList<const ReturnRequest *> fresh;
    for (const ReturnRequest &request : returns) {
        if (request.awaitsSeller() && !m_returnsTold.contains(request.id)) {
            m_returnsTold.insert(request.id);
            fresh.append(&request);
        }
    }
    if (fresh.isEmpty())
        return;
    const ReturnRequest &first = *fresh.first();
    const QString reason = first.reasonText.isEmpty() ? first.reason : first.reasonText;
    notify(Kind::ReturnRequested, tr("%n return request(s) to answer", nullptr, int(fresh.size())),
        tr("Order %1: %2. Approve or reject it in Shipments → Returns and cancellations.").arg(first.orderId, reason));
}

void Notifier::handleReauthorization(const ApiError &error)
{
    if (std::exchange(m_reauthorizationShown, true))
        return;
    // Actionable, so it always reaches the window too: its button connects the shop again.
    const ErrorPresentation presentation = ErrorPresenter::present(error);
    m_banner.showError(presentation);
    notify(Kind::ReauthorizationNeeded, presentation.title, presentation.text);
}

QString Notifier::liveHeadline(const LiveSession &session)
{
    return tr("LIVE ended: GMV %1").arg(DisplayFormat::money(session.gmv));
}

QString Notifier::liveDetails(const LiveSession &session)
{
    return tr("“%1” by @%2: %3 SKU orders, %4 viewers, peak %5 watching at once.")
        .arg(session.title, session.username, DisplayFormat::count(session.skuOrders),
            DisplayFormat::count(session.viewers), DisplayFormat::count(session.pcu));
}

} // namespace ShopDesk

#include "liveendnotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

#include "models/displayformat.h"
#include "sync/liveendwatcher.h"
#include "widgets/messagebanner.h"

namespace ShopDesk {

LiveEndNotifier::LiveEndNotifier(LiveEndWatcher &watcher, MessageBanner &banner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(window->windowTitle());
        m_tray->show();
    }
    connect(&watcher, &LiveEndWatcher::liveEnded, this, &LiveEndNotifier::handleLiveEnded);
}

QString LiveEndNotifier::headline(const LiveSession &session)
{
    return tr("LIVE ended: GMV %1").arg(DisplayFormat::money(session.gmv));
}

QString LiveEndNotifier::details(const LiveSession &session)
{
    return tr("“%1” by @%2: %3 SKU orders, %4 viewers, peak %5 watching at once.")
        .arg(session.title, session.username, DisplayFormat::count(session.skuOrders),
            DisplayFormat::count(session.viewers), DisplayFormat::count(session.pcu));
}

void LiveEndNotifier::handleLiveEnded(const LiveSession &session)
{
    const QString title = headline(session);
    const QString text = details(session);
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    else
        m_banner.showInfo(title, text);
    emit notified(title, text);
}

} // namespace ShopDesk

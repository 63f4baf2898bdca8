#pragma once

#include <QObject>

#include "domain/performance.h"

class QSystemTrayIcon;
class QWidget;

namespace ShopDesk {

class LiveEndWatcher;
class MessageBanner;

/// Tells the seller that a LIVE has ended, with its GMV: as a system tray message where the
/// desktop has a tray, otherwise in the window's banner. Either way notified() says what was shown.
class LiveEndNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEndNotifier)

public:
    /// `banner` is used when no system tray is available.
    LiveEndNotifier(LiveEndWatcher &watcher, MessageBanner &banner, QWidget *window);

    bool usesTray() const { return m_tray != nullptr; }
    static QString headline(const LiveSession &session);
    static QString details(const LiveSession &session);

signals:
    void notified(const QString &headline, const QString &details);

private:
    void handleLiveEnded(const LiveSession &session);

    MessageBanner &m_banner;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ShopDesk

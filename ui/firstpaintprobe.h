#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace ShopDesk {

class MainWindow;
class Pane;
class ShopWindowHost;

/// `shopdesk --quit-after-first-paint`: shows the Orders pane, notes when the window first paints
/// it with orders in its table, waits until the pane has loaded every cached order, then prints
/// `first_paint_ms=`, `orders_loaded_ms=`, `orders=` and `peak_rss_mb=` lines and quits. Times
/// count from the start of the process, as the kernel recorded it, so they include loading the
/// program and Qt. Nothing about the shop or its credentials is printed.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    /// Watches the host's window, or the first one it opens.
    explicit FirstPaintProbe(ShopWindowHost &host, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(MainWindow &window);
    void finishIfDone();

    QPointer<Pane> m_orders;
    QPointer<QAbstractItemView> m_table;
    qint64 m_firstPaintMs = -1;
    bool m_finished = false;
};

} // namespace ShopDesk

#include "firstpaintprobe.h"

#include <ctime>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include "mainwindow.h"
#include "panes/pane.h"
#include "shopwindowhost.h"

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

namespace {

/// A run that has not painted its orders by then has failed.
constexpr auto giveUpAfter = 180s;

/// Milliseconds since the kernel started this process (/proc/self/stat field 22, in clock ticks
/// since boot, against CLOCK_BOOTTIME); -1 where that cannot be read.
qint64 processAgeMs()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name in parentheses may hold spaces: fields are counted after its closing one.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // fields 1 and 2 come before the cut
    if (fields.size() <= startTimeField)
        return -1;
    const double startSeconds = fields.at(startTimeField).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qRound64((nowSeconds - startSeconds) * 1000);
}

/// The peak resident set size (VmHWM) in MiB; -1 where it cannot be read.
qint64 peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return qRound64(line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0);
    }
    return -1;
}

} // namespace

FirstPaintProbe::FirstPaintProbe(ShopWindowHost &host, QObject *parent)
    : QObject(parent)
{
    QTimer::singleShot(giveUpAfter, this, [] {
        QTextStream(stderr) << "shopdesk: the orders were not painted in time\n";
        QCoreApplication::exit(1);
    });
    if (MainWindow *window = host.window()) {
        watch(*window);
        return;
    }
    // A connected shop's window opens once its secrets are read from the keychain.
    connect(&host, &ShopWindowHost::windowChanged, this, [this, &host] {
        if (!m_table && host.window())
            watch(*host.window());
    });
}

void FirstPaintProbe::watch(MainWindow &window)
{
    for (Pane *pane : window.panes()) {
        if (pane->paneId() == u"orders")
            m_orders = pane;
    }
    if (m_orders) {
        window.showPane(m_orders);
        m_table = m_orders->findChild<QTableView *>(u"orderTable"_s);
    }
    if (!m_table) {
        QTextStream(stderr) << "shopdesk: the Orders pane is missing\n";
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        return;
    }
    m_table->viewport()->installEventFilter(this);
    connect(m_orders, &Pane::loadFinished, this, &FirstPaintProbe::finishIfDone);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstPaintMs < 0 && m_table->model()->rowCount() > 0) {
        m_firstPaintMs = processAgeMs();
        // Checked once this paint has reached the screen.
        QTimer::singleShot(0, this, &FirstPaintProbe::finishIfDone);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::finishIfDone()
{
    if (m_finished || m_firstPaintMs < 0 || !m_orders->isLoaded())
        return;
    m_finished = true;
    QTextStream out(stdout);
    out << "first_paint_ms=" << m_firstPaintMs << '\n';
    out << "orders_loaded_ms=" << processAgeMs() << '\n';
    out << "orders=" << m_table->model()->rowCount() << '\n';
    out << "peak_rss_mb=" << peakRssMb() << '\n';
    out.flush();
    QCoreApplication::exit(0);
}

} // namespace ShopDesk

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/orderservice.h"
#include "core/clock.h"
#include "sandbox/embeddedsandbox.h"
#include "security/shopprofile.h"
#include "store/cachedatabase.h"
#include "sync/cursorsync.h"
#include "sync/ordersync.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr int cachedOrders = 100'000;
constexpr int runs = 5;

QTextStream err(stderr);

/// Fills the demo shop's cache in the profile the app will read (the XDG folders set in main)
/// through the real sync from a sandbox with the same seed as the app's demo shop.
bool prepareCache()
{
    SandboxOptions options;
    options.ordersPerShop = cachedOrders;
    options.queriesPerSecond = 0;
    EmbeddedSandbox sandbox(options);
    if (!sandbox.start())
        return false;
    QSettings settings;
    ShopProfile profile(settings);
    const ShopConnection demo = sandbox.demoConnection();
    auto cache = CacheDatabase::open(profile.cachePath(u"demo-"_s + demo.localId()));
    if (!cache) {
        err << "bench_startup: " << cache.error().toString() << '\n';
        return false;
    }
    SystemClock clock;
    ApiClient client(demo, clock);
    client.setQueriesPerSecond(0);
    OrderService service(client);
    const std::unique_ptr<CursorSync> sync(OrderSync::create(service, *cache.value(), demo.shopId, clock));
    QEventLoop loop;
    std::optional<ApiError> failure;
    QObject::connect(sync.get(), &CursorSync::finished, &loop, [&](const std::optional<ApiError> &error) {
        failure = error;
        loop.quit();
    });
    sync->start();
    loop.exec();
    if (failure || sync->written() != cachedOrders) {
        err << "bench_startup: sync failed " << (failure ? failure->toString() : QString()) << '\n';
        return false;
    }
    return true;
}

/// `key=value` lines of one `shopdesk --quit-after-first-paint` run; empty if it failed.
QHash<QString, qint64> launch()
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(environment);
    app.start(QString::fromUtf8(SHOPDESK_APP), {u"--demo"_s, u"--quit-after-first-paint"_s});
    if (!app.waitForFinished(240'000) || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
        err << "bench_startup: shopdesk failed: " << app.readAllStandardError() << '\n';
        app.kill();
        return {};
    }
    QHash<QString, qint64> values;
    for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), line.mid(equals + 1).trimmed().toLongLong());
    }
    return values;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

// Starts the app on a demo profile whose cache holds 100,000 orders, several times, and prints the
// median time from process start to the first paint of the Orders pane with orders in it, and the
// peak resident memory once the pane holds every cached order.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    // The app and this process read the same settings and data folders, apart from the user's own.
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ShopDesk"_s);
    QCoreApplication::setApplicationName(u"ShopDesk"_s);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    if (!prepareCache())
        return 1;
    out << "bench_startup: " << cachedOrders << " orders cached in " << timer.elapsed() / 1000 << " s\n";
    out.flush();

    QList<qint64> firstPaint;
    QList<qint64> loaded;
    QList<qint64> rss;
    for (int run = 0; run < runs; ++run) {
        const QHash<QString, qint64> values = launch();
        if (values.value(u"orders"_s) < cachedOrders) {
            err << "bench_startup: the Orders pane showed " << values.value(u"orders"_s) << " orders\n";
            return 1;
        }
        firstPaint.append(values.value(u"first_paint_ms"_s));
        loaded.append(values.value(u"orders_loaded_ms"_s));
        rss.append(values.value(u"peak_rss_mb"_s));
    }
    out << "bench: startup_first_paint_ms = " << median(firstPaint) << " ms\n";
    out << "bench: startup_orders_loaded_ms = " << median(loaded) << " ms\n";
    out << "bench: rss_mb_100k_orders = " << median(rss) << " MB\n";
    return 0;
}

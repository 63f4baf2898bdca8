#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/orderservice.h"
#include "core/clock.h"
#include "domain/ordercodec.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/seeddata.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "sync/cursorsync.h"
#include "sync/ordersync.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr int ordersPerShop = 100'000;
constexpr int pageSize = 100;

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

/// Parsing and decoding alone: the same pages the server sends, as bytes, turned into orders.
double parseOrdersPerSecond(const QList<Order> &orders)
{
    QList<QByteArray> pages;
    for (qsizetype at = 0; at < orders.size(); at += pageSize) {
        QJsonArray page;
        for (qsizetype i = at; i < std::min<qsizetype>(at + pageSize, orders.size()); ++i)
            page.append(OrderCodec::encodeOrder(orders.at(i)));
        const QJsonObject envelope{{u"code"_s, 0}, {u"message"_s, u"Success"_s}, {u"request_id"_s, u"1"_s},
            {u"data"_s, QJsonObject{{u"orders"_s, page}, {u"total_count"_s, orders.size()}}}};
        pages.append(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype decoded = 0;
    for (const QByteArray &bytes : std::as_const(pages)) {
        const QJsonObject data = QJsonDocument::fromJson(bytes).object().value(u"data").toObject();
        decoded += OrderCodec::decodeSearchPage(data).value().orders.size();
    }
    return double(decoded) / seconds(timer);
}

} // namespace

// Orders from the sandbox (on its own thread, limiter off) into a SQLite cache through the real
// client, the sync, and the repository; then the same bytes parsed alone, and the cache read back.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    SandboxOptions options;
    options.ordersPerShop = ordersPerShop;
    options.productsPerShop = 250;
    options.queriesPerSecond = 0;
    EmbeddedSandbox sandbox(options);
    if (!sandbox.start()) {
        err << "bench_sync_orders: the sandbox did not start\n";
        return 1;
    }
    SystemClock clock;
    ApiClient client(sandbox.demoConnection(), clock);
    client.setQueriesPerSecond(0);
    OrderService service(client);
    QTemporaryDir folder;
    auto opened = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s));
    if (!opened) {
        err << "bench_sync_orders: " << opened.error().toString() << '\n';
        return 1;
    }
    std::unique_ptr<CacheDatabase> cache = std::move(opened).value();
    const std::unique_ptr<CursorSync> syncOwned(
        OrderSync::create(service, *cache, sandbox.demoConnection().shopId, clock));
    CursorSync &sync = *syncOwned;

    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    std::optional<ApiError> failure;
    QObject::connect(&sync, &CursorSync::finished, &loop, [&](const std::optional<ApiError> &error) {
        failure = error;
        loop.quit();
    });
    sync.start();
    loop.exec();
    const double syncSeconds = seconds(timer);
    if (failure || sync.written() != ordersPerShop) {
        err << "bench_sync_orders: sync failed " << (failure ? failure->toString() : QString()) << '\n';
        return 1;
    }

    OrderRepository repository(*cache);
    timer.restart();
    const Result<QList<Order>> loaded = repository.loadAll(sandbox.demoConnection().shopId);
    const double loadSeconds = seconds(timer);
    if (!loaded || loaded.value().size() != ordersPerShop) {
        err << "bench_sync_orders: the cache did not load\n";
        return 1;
    }
    const double parseRate = parseOrdersPerSecond(loaded.value());
    const double syncRate = ordersPerShop / syncSeconds;

    out << "bench: sync_orders_per_s = " << qRound64(syncRate) << " orders/s\n";
    out << "bench: json_parse_orders_per_s = " << qRound64(parseRate) << " orders/s\n";
    out << "bench: sync_overhead_ratio = " << QString::number(parseRate / syncRate, 'f', 2) << " x\n";
    out << "bench: cache_load_100k_orders_ms = " << qRound64(loadSeconds * 1000) << " ms\n";
    return 0;
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/orderservice.h"
#include "replywaiter.h"
#include "sandbox/seeddata.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

// Times the order seed and the paged order search of the sandbox over loopback HTTP: signing, the
// sandbox's filter-sort-page path, the envelope and decoding.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The seed makes two shops, so 50,000 orders per shop are the 100,000 orders being timed.
    constexpr int ordersPerShop = 50'000;
    QElapsedTimer timer;
    timer.start();
    const QList<SandboxShop> shops = SeedData::generateShops({1, 250, 1'764'000'000, ordersPerShop});
    const double generateSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (shops.size() != 2 || shops.first().orders.size() != ordersPerShop) {
        QTextStream(stderr) << "bench_sandbox_orders: generation failed\n";
        return 1;
    }

    SandboxOptions options;
    options.ordersPerShop = ordersPerShop;
    options.queriesPerSecond = 0; // the figure is the sandbox's speed, not the production quota
    SandboxFixture sandbox(options);
    ApiClient client(sandbox.connection(), sandbox.clock());
    client.setQueriesPerSecond(0); // likewise on the client side
    OrderService service(client);
    timer.restart();
    const Finished<QList<Order>> search = waitFor(service.search({}), 600'000);
    const double searchSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (search.value.size() != ordersPerShop) {
        QTextStream(stderr) << "bench_sandbox_orders: search failed "
                            << (search.error ? search.error->toString() : QString()) << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "bench: sandbox_generate_100k_orders_s = " << QString::number(generateSeconds, 'f', 3) << " s\n";
    out << "bench: sandbox_orders_search_pages_per_s = " << qRound64(ordersPerShop / 100.0 / searchSeconds)
        << " pages/s\n";
    return 0;
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/productservice.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

// Fetches a large catalogue from the sandbox over loopback HTTP and prints products and pages per
// second for the whole path: signing, HTTP, envelope, decoding.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int products = 20'000;
    QElapsedTimer timer;
    timer.start();
    SandboxFixture sandbox(SandboxOptions{.seed = 1, .productsPerShop = products, .queriesPerSecond = 0});
    const double generateSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    ApiClient client(sandbox.connection(), sandbox.clock());
    ProductService service(client);

    timer.restart();
    const Finished<QList<Product>> result = waitFor(service.searchAll(), 600'000);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!result.finished || result.error || result.value.size() != products) {
        QTextStream(stderr) << "bench_products: fetch failed\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "bench: sandbox_generate_products_per_s = " << qRound64(2 * products / generateSeconds) << " products/s\n";
    out << "bench: api_products_per_s = " << qRound64(products / seconds) << " products/s\n";
    out << "bench: api_product_pages_per_s = " << qRound64(products / 100.0 / seconds) << " pages/s\n";
    return 0;
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/orderservice.h"
#include "api/requestsigner.h"
#include "core/clock.h"
#include "replywaiter.h"
#include "sandbox/embeddedsandbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// Signatures one core computes per second for an order search as the client sends it: a page
/// token holding `+`, `/` and `=`, and a body with filters (reference section 3).
double signaturesPerSecond(QByteArray &last)
{
    const QueryItems query{{u"app_key"_s, u"6d1a2b3c4d5e6f"_s}, {u"timestamp"_s, u"1764000000"_s},
        {u"shop_cipher"_s, u"ROW_xkMbgAAAeVAQra0eZWebFQq5aIKt"_s}, {u"page_size"_s, u"100"_s},
        {u"page_token"_s, u"6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA+7D1ud64MPNz5OaT"_s},
        {u"sort_field"_s, u"create_time"_s}, {u"sort_order"_s, u"DESC"_s}};
    const QByteArray body = R"({"order_status":"AWAITING_SHIPMENT","create_time_ge":1763000000,)"
                            R"("create_time_lt":1764000000,"shipping_type":"TIKTOK"})";
    constexpr int rounds = 200'000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        last = RequestSigner::sign("e59af819cc0123456789", u"/order/202309/orders/search", query, body);
    return rounds / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

} // namespace

// Prints the API layer's throughput: pages of the order search (page size 100) over real HTTP from
// a sandbox on its own thread, with the rate limit off on both sides so the figure is the client's
// and the loopback's speed rather than the production quota; and request signatures per second.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int ordersPerShop = 20'000;
    SandboxOptions options;
    options.ordersPerShop = ordersPerShop;
    options.queriesPerSecond = 0;
    EmbeddedSandbox sandbox(options);
    if (!sandbox.start()) {
        QTextStream(stderr) << "bench_api: the sandbox did not start\n";
        return 1;
    }
    SystemClock clock;
    ApiClient client(sandbox.demoConnection(), clock);
    client.setQueriesPerSecond(0);
    OrderService service(client);

    QElapsedTimer timer;
    timer.start();
    const Finished<QList<Order>> search = waitFor(service.search({}), 600'000);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (search.value.size() != ordersPerShop) {
        QTextStream(stderr) << "bench_api: search failed " << (search.error ? search.error->toString() : QString())
                            << '\n';
        return 1;
    }

    QByteArray signature;
    const double signatures = signaturesPerSecond(signature);
    QTextStream out(stdout);
    out << "bench: api_pages_per_s = " << qRound64(ordersPerShop / 100.0 / seconds) << " pages/s\n";
    out << "bench: api_signatures_per_s = " << qRound64(signatures) << " signatures/s\n";
    return signature.size() == 64 ? 0 : 1;
}

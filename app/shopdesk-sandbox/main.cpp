#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "core/clock.h"
#include "sandbox/faultplan.h"
#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"" SHOPDESK_VERSION ""_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The ShopDesk sandbox: the TikTok Shop Open API protocol on 127.0.0.1, "
                                     "with deterministic demo data. It prints its base URL and demo credentials."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data."_s, u"S"_s, u"1"_s);
    const QCommandLineOption products(u"products"_s, u"Products per shop."_s, u"P"_s, u"250"_s);
    const QCommandLineOption orders(u"orders"_s, u"Orders per shop."_s, u"N"_s, u"200"_s);
    const QCommandLineOption lifetime(
        u"token-lifetime"_s, u"Access token lifetime in seconds."_s, u"seconds"_s, QString::number(7 * 86400));
    const QCommandLineOption qps(
        u"qps"_s, u"Requests per second per endpoint and shop; 0 for no limit."_s, u"N"_s, u"50"_s);
    const QCommandLineOption faults(u"faults"_s, u"A FaultPlan JSON file (see POST /sandbox/faults)."_s, u"file"_s);
    parser.addOptions({port, seed, products, orders, lifetime, qps, faults});
    parser.process(app);

    SandboxOptions options;
    options.seed = parser.value(seed).toULongLong();
    options.productsPerShop = qBound(0, parser.value(products).toInt(), 1'000'000);
    options.ordersPerShop = qBound(0, parser.value(orders).toInt(), 1'000'000);
    options.accessTokenLifetime = qMax(1LL, parser.value(lifetime).toLongLong());
    options.queriesPerSecond = qMax(0, parser.value(qps).toInt());
    SystemClock clock;
    SandboxServer server(options, clock);
    if (parser.isSet(faults)) {
        QFile file(parser.value(faults));
        Result<FaultPlan> plan = file.open(QIODevice::ReadOnly)
            ? FaultPlan::fromJson(QJsonDocument::fromJson(file.readAll()).object())
            : Result<FaultPlan>(Error{file.errorString(), file.fileName()});
        if (!plan) {
            QTextStream(stderr) << "Cannot use the fault plan: " << plan.error().toString() << '\n';
            return 2;
        }
        server.setFaultPlan(plan.value());
    }
    QTextStream out(stdout);
    if (server.listenOnLoopback(static_cast<quint16>(parser.value(port).toUInt())) == 0) {
        QTextStream(stderr) << "Cannot listen on 127.0.0.1:" << parser.value(port) << '\n';
        return 1;
    }

    const SandboxCredentials &credentials = server.credentials();
    out << "ShopDesk sandbox listening on " << server.baseUrl().toString() << '\n'
        << "  app key:      " << credentials.appKey << '\n'
        << "  app secret:   " << credentials.appSecret << '\n'
        << "  access token: " << credentials.accessToken << '\n';
    for (const AuthorizedShop &shop : server.shops())
        out << "  shop:         " << shop.name << " (" << shop.region << ") cipher " << shop.cipher << '\n';
    out.flush();
    return QCoreApplication::exec();
}

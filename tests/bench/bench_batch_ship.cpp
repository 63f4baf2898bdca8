#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "api/apiclient.h"
#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/shopsession.h"
#include "core/clock.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/packageseed.h"
#include "sandbox/seeddata.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shipcommandhandler.h"
#include "sync/shipplan.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr int packagesToShip = 1000;
constexpr int ordersPerShop = 12000;
constexpr int productsPerShop = 60;
constexpr auto shipRoute = "POST /fulfillment/{version}/packages/ship";

QTextStream err(stderr);

template <typename T>
T await(Reply<T> *reply, const char *what)
{
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (reply->hasError()) {
        err << "bench_batch_ship: " << what << " failed: " << reply->error()->toString() << '\n';
        err.flush();
        std::exit(1);
    }
    return reply->value();
}

/// The sandbox's unsigned admin routes over real HTTP.
QJsonObject admin(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

/// The ship handler the outbox uses, counting the calls that came back with an answer: a "call"
/// here is one batch ship request (up to FulfillmentService::shipBatchSize packages), since the
/// per-endpoint limit counts requests, not packages.
class CountingShipHandler final : public CommandHandler
{
public:
    explicit CountingShipHandler(FulfillmentService &fulfillment)
        : m_inner(fulfillment)
    { }

    QString groupKey(const OutboxCommand &command) const override { return m_inner.groupKey(command); }
    int batchLimit() const override { return m_inner.batchLimit(); }
    Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) override
    {
        Reply<QList<CommandResult>> *reply = m_inner.send(commands);
        QObject::connect(reply, &ApiReply::finished, reply, [this, reply] {
            if (!reply->hasError())
                ++succeeded;
        });
        return reply;
    }
    Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) override
    {
        ++reconciles;
        return m_inner.reconcile(commands);
    }
    QList<CommandChange> changes(const OutboxCommand &command) const override { return m_inner.changes(command); }

    int succeeded = 0;
    int reconciles = 0;

private:
    ShipCommandHandler m_inner;
};

/// Packages the sandbox freezes (they refuse to ship with 10007014): read off the same seed, so
/// that the thousand packages picked are all ones that can ship.
QSet<QString> frozenPackages(qint64 referenceTime)
{
    QSet<QString> frozen;
    const QList<SandboxShop> shops = SeedData::generateShops({1, productsPerShop, referenceTime, ordersPerShop});
    for (const SandboxPackage &entry : PackageSeed::derive(shops.first())) {
        if (entry.frozen)
            frozen.insert(entry.package.id);
    }
    return frozen;
}

/// A plan for exactly `packagesToShip` packages: whole orders awaiting shipment whose every
/// waiting package is valid in the plan and not frozen, with the carrier most delivery options
/// offer and fresh tracking numbers.
class PlanMaker
{
public:
    PlanMaker(ShopSession &session, const QSet<QString> &frozen)
        : m_session(session)
        , m_frozen(frozen)
    {
        OrderQuery awaiting;
        awaiting.status = OrderStatus::AwaitingShipment;
        m_orders = await(session.orders().search(awaiting), "order search");
        PackageQuery processing;
        processing.status = PackageStatus::Processing;
        for (const Package &package : await(session.fulfillment().searchPackages(processing), "package search"))
            m_packages.insert(package.id, package);
    }

    ShipPlan make()
    {
        ShipPlan all = complete(m_orders);
        QHash<QString, QList<ShipPlanRow>> rowsOf;
        for (const ShipPlanRow &row : all.rows())
            rowsOf[row.orderId].append(row);
        QList<Order> chosen;
        int packages = 0;
        for (const Order &order : std::as_const(m_orders)) {
            const QList<ShipPlanRow> rows = rowsOf.value(order.id);
            const bool usable = std::all_of(rows.cbegin(), rows.cend(), [this](const ShipPlanRow &row) {
                return row.isValid() && !row.packageId.isEmpty() && !m_frozen.contains(row.packageId);
            });
            if (!usable || rows.isEmpty() || packages + rows.size() > packagesToShip)
                continue;
            chosen.append(order);
            packages += int(rows.size());
        }
        return complete(chosen);
    }

private:
    ShipPlan complete(const QList<Order> &orders)
    {
        ShipPlan plan(orders, m_packages);
        for (const QString &id : plan.packagesNeedingDetail()) {
            if (!m_details.contains(id))
                m_details.insert(id, await(m_session.fulfillment().getPackage(id), "package detail"));
            plan.setPackageDetail(m_details.value(id));
        }
        QHash<QString, int> offered;
        for (const QString &option : plan.deliveryOptionIds()) {
            if (!m_providers.contains(option))
                m_providers.insert(
                    option, await(m_session.fulfillment().shippingProviders(option), "shipping providers"));
            plan.setProviders(option, m_providers.value(option));
            for (const ShippingProvider &provider : m_providers.value(option))
                ++offered[provider.id];
        }
        QString best;
        for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
            if (best.isEmpty() || it.value() > offered.value(best)
                || (it.value() == offered.value(best) && it.key() < best))
                best = it.key();
        }
        if (!best.isEmpty())
            plan.setProvider(best);
        QStringList tracking;
        for (int i = 0; i < plan.rows().size(); ++i)
            tracking.append(u"SDBENCH%1"_s.arg(1'000'000 + i));
        plan.pasteTrackingNumbers(tracking.join(u'\n'));
        return plan;
    }

    ShopSession &m_session;
    const QSet<QString> &m_frozen;
    QList<Order> m_orders;
    QHash<QString, Package> m_packages;
    QHash<QString, Package> m_details;
    QHash<QString, QList<ShippingProvider>> m_providers;
};

/// 5% of ship calls fail, split evenly between a server error, an unavailable service, a rate
/// limit burst and a dropped connection. Rules are tried in turn, so each one's fraction is of
/// the calls the rules before it let through.
QJsonObject faultPlan()
{
    QJsonArray rules;
    const QStringList kinds{u"500"_s, u"503"_s, u"429"_s, u"drop"_s};
    double left = 1.0;
    for (const QString &kind : kinds) {
        rules.append(QJsonObject{
            {u"route"_s, QString::fromLatin1(shipRoute)}, {u"fault"_s, kind}, {u"fraction"_s, 0.0125 / left}});
        left -= 0.0125;
    }
    return {{u"seed"_s, 11}, {u"rules"_s, rules}};
}

} // namespace

// Ships 1,000 packages through the outbox (ShopOutbox::submitShipments and the OutboxProcessor)
// against the sandbox with its 50 QPS limit on and 5% faults on the ship route, and checks with
// the sandbox that each package was written exactly once. The rate is of successful batch ship
// calls (one call carries up to 50 packages) over the time from submitting to the outbox stopping,
// divided by the per-endpoint limit; packages_per_s is the same run counted in packages.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    SandboxOptions options;
    options.ordersPerShop = ordersPerShop;
    options.productsPerShop = productsPerShop;
    SystemClock clock;
    const qint64 startedAt = clock.nowSecs();
    EmbeddedSandbox sandbox(options);
    if (!sandbox.start()) {
        err << "bench_batch_ship: the sandbox did not start\n";
        return 1;
    }
    QSet<QString> frozen = frozenPackages(startedAt);
    if (clock.nowSecs() != startedAt)
        frozen.unite(frozenPackages(clock.nowSecs()));
    ShopSession session(sandbox.demoConnection(), clock);
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value();
    ShopOutbox outbox(session, *cache, clock);
    auto counting = std::make_unique<CountingShipHandler>(session.fulfillment());
    CountingShipHandler &handler = *counting;
    outbox.processor().setHandler(CommandKind::ShipPackage, std::move(counting));

    const ShipPlan plan = PlanMaker(session, frozen).make();
    if (plan.validCount() != packagesToShip || plan.rows().size() != packagesToShip) {
        err << "bench_batch_ship: only " << plan.validCount() << " packages can ship\n";
        return 1;
    }
    // Planning read hundreds of package details; a seller confirms the Ship dialog seconds later,
    // by when the client's per-endpoint buckets have refilled. Shipping at once would time the
    // planning's debt instead.
    QEventLoop pause;
    QTimer::singleShot(1500, &pause, &QEventLoop::quit);
    pause.exec();
    const QJsonObject before = admin(sandbox.baseUrl(), "GET", u"/sandbox/stats"_s);
    admin(sandbox.baseUrl(), "POST", u"/sandbox/faults"_s, faultPlan());

    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QString stopError;
    QObject::connect(&outbox.processor(), &OutboxProcessor::stopped, &loop, [&](const QString &error) {
        stopError = error;
        loop.quit();
    });
    const Result<QString> batch = outbox.submitShipments(plan);
    if (!batch) {
        err << "bench_batch_ship: " << batch.error().toString() << '\n';
        return 1;
    }
    if (outbox.processor().isRunning())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const QJsonObject stats = admin(sandbox.baseUrl(), "GET", u"/sandbox/stats"_s);
    const QJsonObject writes = stats.value(u"writes"_s).toObject();
    int shipped = 0;
    int problems = 0;
    const QList<OutboxCommand> commands = outbox.outbox().batch(batch.value()).value();
    for (const OutboxCommand &command : commands) {
        const int written = writes.value(command.objectId).toInt();
        if (command.state == OutboxState::Done && written == 1) {
            ++shipped;
            continue;
        }
        ++problems;
        err << "bench_batch_ship: package " << command.objectId << " is " << outboxStateName(command.state)
            << " and was written " << written << " times " << command.lastError << '\n';
    }
    const auto requests = [](const QJsonObject &of) {
        return of.value(u"requests"_s).toObject().value(QString::fromLatin1(shipRoute)).toInteger();
    };
    const qint64 shipCalls = requests(stats) - requests(before);
    const qint64 rateLimited = stats.value(u"rate_limited"_s).toInteger() - before.value(u"rate_limited"_s).toInteger();

    const double callRate = handler.succeeded / seconds;
    out << "bench: batch_ship_1000_rate_ratio = "
        << QString::number(callRate / ApiClient::defaultQueriesPerSecond, 'f', 2) << " x\n";
    out << "bench: batch_ship_1000_calls_per_s = " << QString::number(callRate, 'f', 1) << " calls/s\n";
    out << "bench: batch_ship_1000_packages_per_s = " << qRound64(shipped / seconds) << " packages/s\n";
    out << "bench: batch_ship_1000_s = " << QString::number(seconds, 'f', 2) << " s\n";
    out << "bench_batch_ship: " << shipped << " of " << packagesToShip << " shipped once; " << handler.succeeded
        << " successful calls, " << shipCalls << " ship requests, " << rateLimited << " answered 429, "
        << handler.reconciles << " reconcile rounds" << (stopError.isEmpty() ? QString() : u"; " + stopError) << '\n';
    out.flush();
    // Losing or doubling a package is a defect, whatever the timing.
    return problems == 0 && shipped == packagesToShip ? 0 : 1;
}

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "api/affiliateservice.h"
#include "api/apiclient.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "cli/commandlinetool.h"
#include "io/csvreader.h"
#include "replywaiter.h"
#include "sandbox/seeddata.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs shopdesk-cli's commands against a sandbox, with a cache (and so an outbox) of its own.
class CliRig
{
public:
    explicit CliRig(const SandboxOptions &options = {})
        : sandbox(options)
    {
        cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value();
    }

    Run run(const QStringList &words, ShopConnection connection = {})
    {
        if (connection.appKey.isEmpty())
            connection = sandbox.connection();
        ShopSession session(connection, sandbox.clock());
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        CommandLineTool tool(session, out, err);
        tool.setCache(cache.get(), sandbox.clock());
        tool.setAuthorizePage(sandbox.server().baseUrl().resolved(QUrl(u"/open/authorize"_s)));
        QSignalSpy finished(&tool, &CommandLineTool::finished);
        tool.run(words.value(0), words.mid(1));
        if (finished.wait(30000))
            result.exitCode = finished.first().first().toInt();
        out.flush();
        err.flush();
        return result;
    }

    QJsonObject stats() { return sandbox.server().stats(); }
    qint64 requestCount()
    {
        qint64 total = 0;
        for (const QJsonValue &count : stats().value(u"requests"_s).toObject())
            total += count.toInteger();
        return total;
    }

    SandboxFixture sandbox;
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache;
};

QString describe(const Run &run)
{
    return u"exit %1\n%2\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

/// shopdesk-cli's commands, run by the tool against the sandbox over real HTTP.
class TestCommandLineTool final : public QObject
{
    Q_OBJECT

private slots:
    void runsACommand_data();
    void runsACommand();
    void readsCredentialsFromTheEnvironment();
    void setsStockThroughTheOutboxAndReadsItBack();
    void refusesABadQuantityWithoutSendingAnything_data();
    void refusesABadQuantityWithoutSendingAnything();
    void setsAPriceAndShipsAPackage();
    void printsOneJsonDocument();
    void printsCsvWithAHeader();
    void filtersAndGetsOrders();
    void authorizesWithTheLinkItPrints();
    void readsCreatorsLivesAndAnalytics();
    void createsAnOpenCollaborationPlan();
};

void TestCommandLineTool::runsACommand_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lines");

    QTest::newRow("products prints a header and one line per product")
        << QStringList{u"products"_s} << false << 0 << 251;
    QTest::newRow("products list is the same") << QStringList{u"products"_s, u"list"_s} << false << 0 << 251;
    QTest::newRow("shops prints both sandbox shops") << QStringList{u"shops"_s} << false << 0 << 3;
    QTest::newRow("a wrong secret is an authorization failure") << QStringList{u"products"_s} << true << 3 << 0;
    QTest::newRow("an unknown command is a usage error") << QStringList{u"orderz"_s} << false << 2 << 0;
    QTest::newRow("an unknown option is a usage error")
        << QStringList{u"orders"_s, u"list"_s, u"--colour"_s, u"red"_s} << false << 2 << 0;
    QTest::newRow("a missing argument is a usage error") << QStringList{u"products"_s, u"get"_s} << false << 2 << 0;
    QTest::newRow("an unknown format is a usage error")
        << QStringList{u"shops"_s, u"--format"_s, u"xml"_s} << false << 2 << 0;
}

void TestCommandLineTool::runsACommand()
{
    QFETCH(QStringList, words);
    QFETCH(bool, wrongSecret);
    QFETCH(int, exitCode);
    QFETCH(int, lines);

    CliRig rig;
    ShopConnection connection = rig.sandbox.connection();
    if (wrongSecret)
        connection.appSecret = Secret("wrong");
    const Run run = rig.run(words, connection);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    QCOMPARE(run.out.count(u'\n'), lines);
    QCOMPARE(run.err.isEmpty(), exitCode == 0);
    if (words.first() == u"shops" && exitCode == 0)
        QVERIFY(run.out.contains(rig.sandbox.server().shops().first().cipher));
}

void TestCommandLineTool::readsCredentialsFromTheEnvironment()
{
    qputenv("SHOPDESK_APP_KEY", "key-1");
    qputenv("SHOPDESK_APP_SECRET", "secret-1");
    qputenv("SHOPDESK_ACCESS_TOKEN", "TTP_1");
    qputenv("SHOPDESK_REFRESH_TOKEN", "TTP_R1");
    qputenv("SHOPDESK_SHOP_CIPHER", "ROW_1");
    const ShopConnection connection = CommandLineTool::connectionFromEnvironment(QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(connection.appKey, u"key-1"_s);
    QCOMPARE(connection.appSecret.reveal(), QByteArray("secret-1"));
    QCOMPARE(connection.accessToken.reveal(), QByteArray("TTP_1"));
    QCOMPARE(connection.refreshToken.reveal(), QByteArray("TTP_R1"));
    QCOMPARE(connection.shopCipher, u"ROW_1"_s);
    QCOMPARE(connection.apiBaseUrl.port(), 9);
    QCOMPARE(connection.authBaseUrl.host(), u"auth.tiktok-shops.com"_s);
    const ShopConnection local
        = CommandLineTool::connectionFromEnvironment(QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://127.0.0.1:10"_s));
    QCOMPARE(local.authBaseUrl.port(), 10);
}

void TestCommandLineTool::setsStockThroughTheOutboxAndReadsItBack()
{
    CliRig rig;
    ApiClient client(rig.sandbox.connection(), rig.sandbox.clock());
    ProductService products(client);
    const Product product = waitFor(products.searchAll()).value.value(3);
    QVERIFY(!product.skus.isEmpty() && !product.skus.first().inventory.isEmpty());
    const Sku sku = product.skus.first();
    const QString warehouse = sku.inventory.first().warehouseId;
    const qint64 quantity = sku.inventory.first().quantity == 17 ? 18 : 17;

    const Run run = rig.run({u"stock"_s, u"set"_s, product.id, sku.id, QString::number(quantity), u"--warehouse"_s,
        warehouse, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"object_id").toString(), sku.id);
    QCOMPARE(rows.first().toObject().value(u"state").toString(), u"done"_s);

    // Read back through the API: that warehouse changed, the others kept their stock.
    const Product after = waitFor(products.get(product.id)).value;
    const Sku changed = after.skus.first();
    QCOMPARE(changed.inventory.first(), (WarehouseStock{warehouse, quantity}));
    QCOMPARE(changed.inventory.mid(1), sku.inventory.mid(1));
    QCOMPARE(rig.stats().value(u"writes"_s).toObject().value(product.id).toInt(), 1);
    // The outbox holds nothing open afterwards.
    const Run pending = rig.run({u"pending"_s});
    QCOMPARE(pending.exitCode, 0);
    QCOMPARE(pending.out.count(u'\n'), 1);
}

void TestCommandLineTool::refusesABadQuantityWithoutSendingAnything_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::newRow("not a number") << u"lots"_s;
    QTest::newRow("negative") << u"-4"_s;
    QTest::newRow("above the API's maximum") << u"100000"_s;
    QTest::newRow("a fraction") << u"2.5"_s;
}

void TestCommandLineTool::refusesABadQuantityWithoutSendingAnything()
{
    QFETCH(QString, quantity);
    CliRig rig;
    const Run run = rig.run({u"stock"_s, u"set"_s, u"170000000233979491"_s, u"1"_s, quantity});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(quantity));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(rig.requestCount(), 0);
    QCOMPARE(rig.run({u"pending"_s}).out.count(u'\n'), 1);
}

void TestCommandLineTool::setsAPriceAndShipsAPackage()
{
    CliRig rig;
    ApiClient client(rig.sandbox.connection(), rig.sandbox.clock());
    ProductService products(client);
    const Product product = waitFor(products.searchAll()).value.value(5);
    const Sku sku = product.skus.first();
    const Run price = rig.run({u"price"_s, u"set"_s, product.id, sku.id, u"12.34"_s});
    QVERIFY2(price.exitCode == 0, qPrintable(describe(price)));
    QCOMPARE(waitFor(products.get(product.id)).value.skus.first().price, (Money{1234, sku.price.currency}));
    QCOMPARE(rig.run({u"price"_s, u"set"_s, product.id, sku.id, u"12,34"_s}).exitCode, 2);

    const Run awaiting
        = rig.run({u"orders"_s, u"list"_s, u"--status"_s, u"AWAITING_SHIPMENT"_s, u"--format"_s, u"json"_s});
    QString packageId;
    QString orderId;
    for (const QJsonValue &row : QJsonDocument::fromJson(awaiting.out.toUtf8()).array()) {
        const QStringList packages = row[u"packages"].toString().split(u' ', Qt::SkipEmptyParts);
        if (packages.size() == 1) {
            packageId = packages.first();
            orderId = row[u"order_id"].toString();
        }
    }
    QVERIFY(!packageId.isEmpty());
    // Shipped through TikTok Shop's carrier, or refused for the shop's own reasons (a frozen or
    // seller-shipped package): either way one write at most, and a clear exit code.
    const Run ship = rig.run({u"ship"_s, packageId});
    QVERIFY2(ship.exitCode == 0 || ship.exitCode == 4, qPrintable(describe(ship)));
    QVERIFY(rig.stats().value(u"writes"_s).toObject().value(packageId).toInt() <= 1);
    QCOMPARE(rig.run({u"ship"_s, packageId, u"--provider"_s, u"1"_s}).exitCode, 2);
    if (ship.exitCode == 0) {
        const Run track = rig.run({u"track"_s, orderId, u"--format"_s, u"csv"_s});
        QVERIFY2(track.exitCode == 0, qPrintable(describe(track)));
        QVERIFY(track.out.startsWith(u"time,description\r\n"_s));
        QVERIFY(track.out.count(u'\n') >= 2);
    }
}

void TestCommandLineTool::printsOneJsonDocument()
{
    CliRig rig;
    const Run all = rig.run({u"products"_s, u"--format"_s, u"json"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(all.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), 250);
    const QJsonObject first = document.array().first().toObject();
    QCOMPARE(first.keys(), (QStringList{u"product_id"_s, u"status"_s, u"stock"_s, u"title"_s}));
    QVERIFY(first.value(u"stock").isDouble());

    // A record is one object.
    const Run url = rig.run({u"auth"_s, u"url"_s, u"--service-id"_s, u"7001"_s, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(url.out.toUtf8()).isObject());
}

void TestCommandLineTool::printsCsvWithAHeader()
{
    CliRig rig;
    const Run run = rig.run({u"products"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const Result<CsvTable> table = CsvReader::parse(run.out.toUtf8());
    QVERIFY(table);
    QCOMPARE(table.value().header, (QStringList{u"product_id"_s, u"status"_s, u"stock"_s, u"title"_s}));
    QCOMPARE(table.value().rows.size(), 250);
}

void TestCommandLineTool::filtersAndGetsOrders()
{
    CliRig rig;
    const Run unpaid = rig.run({u"orders"_s, u"list"_s, u"--status"_s, u"unpaid"_s, u"--format"_s, u"json"_s});
    QVERIFY2(unpaid.exitCode == 0, qPrintable(describe(unpaid)));
    const QJsonArray orders = QJsonDocument::fromJson(unpaid.out.toUtf8()).array();
    QVERIFY(orders.size() >= 2);
    for (const QJsonValue &order : orders)
        QCOMPARE(order[u"status"].toString(), u"UNPAID"_s);

    // A window of creation times: every order inside it, and fewer than without it.
    const qint64 now = rig.sandbox.clock().nowSecs();
    const QString since = QString::number(now - 86400);
    const Run recent = rig.run({u"orders"_s, u"list"_s, u"--since"_s, since, u"--format"_s, u"json"_s});
    const Run all = rig.run({u"orders"_s, u"--format"_s, u"json"_s});
    const QJsonArray recentOrders = QJsonDocument::fromJson(recent.out.toUtf8()).array();
    QVERIFY(!recentOrders.isEmpty());
    QVERIFY(recentOrders.size() < QJsonDocument::fromJson(all.out.toUtf8()).array().size());
    for (const QJsonValue &order : recentOrders)
        QVERIFY(QDateTime::fromString(order[u"create_time"].toString(), Qt::ISODate).toSecsSinceEpoch() >= now - 86400);
    QCOMPARE(rig.run({u"orders"_s, u"list"_s, u"--since"_s, u"yesterday"_s}).exitCode, 2);
    QCOMPARE(rig.run({u"orders"_s, u"list"_s, u"--status"_s, u"LOST"_s}).exitCode, 2);

    const QString first = orders.at(0)[u"order_id"].toString();
    const QString second = orders.at(1)[u"order_id"].toString();
    const Run got = rig.run({u"orders"_s, u"get"_s, first, second, u"--format"_s, u"csv"_s});
    QVERIFY2(got.exitCode == 0, qPrintable(describe(got)));
    QCOMPARE(CsvReader::parse(got.out.toUtf8()).value().rows.size(), 2);
    // One id the shop does not know: what was found is printed, and the exit says "partly".
    const Run partly = rig.run({u"orders"_s, u"get"_s, first, u"576000000000000001"_s});
    QCOMPARE(partly.exitCode, 6);
    QVERIFY(partly.err.contains(u"576000000000000001"_s));
}

void TestCommandLineTool::authorizesWithTheLinkItPrints()
{
    CliRig rig;
    const Run url = rig.run({u"auth"_s, u"url"_s, u"--service-id"_s, u"7001"_s, u"--format"_s, u"json"_s});
    QVERIFY2(url.exitCode == 0, qPrintable(describe(url)));
    const QJsonObject link = QJsonDocument::fromJson(url.out.toUtf8()).object();
    const QString state = link.value(u"state").toString();
    QVERIFY(state.size() >= 16);
    // The seller opens the link; the sandbox's consent page shows the address to paste back.
    const QUrl page(link.value(u"url").toString());
    const auto [status, html] = rig.sandbox.httpCall("GET", page.path() + u'?' + page.query(QUrl::FullyEncoded));
    QCOMPARE(status, 200);
    const QRegularExpressionMatch href = QRegularExpression(u"href=\"([^\"]+)\""_s).match(QString::fromUtf8(html));
    QVERIFY(href.hasMatch());
    const QString redirect = href.captured(1).replace(u"&amp;"_s, u"&"_s);

    QCOMPARE(rig.run({u"auth"_s, u"exchange"_s, redirect, u"--state"_s, u"someone-else"_s}).exitCode, 2);
    const Run exchanged = rig.run({u"auth"_s, u"exchange"_s, redirect, u"--state"_s, state, u"--format"_s, u"json"_s});
    QVERIFY2(exchanged.exitCode == 0, qPrintable(describe(exchanged)));
    const QJsonObject grant = QJsonDocument::fromJson(exchanged.out.toUtf8()).object();
    QVERIFY(grant.value(u"access_token").toString().startsWith(u"TTP_"_s));
    QVERIFY(!grant.value(u"refresh_token").toString().isEmpty());
    // The new token works.
    ShopConnection connection = rig.sandbox.connection();
    connection.accessToken = Secret(grant.value(u"access_token").toString().toUtf8());
    QCOMPARE(rig.run({u"shops"_s}, connection).exitCode, 0);
    // Codes are single use.
    QCOMPARE(rig.run({u"auth"_s, u"exchange"_s, redirect}).exitCode, 3);
}

void TestCommandLineTool::readsCreatorsLivesAndAnalytics()
{
    CliRig rig;
    const QDate today = rig.sandbox.clock().now().date();
    const QString from = today.addDays(-7).toString(Qt::ISODate);
    const QString to = today.addDays(-1).toString(Qt::ISODate);
    struct Case
    {
        QStringList words;
        qsizetype atLeast;
    };
    const QList<Case> cases{
        {{u"creators"_s, u"search"_s, u"--page-size"_s, u"12"_s}, 12},
        {{u"lives"_s, u"list"_s}, 1},
        {{u"analytics"_s, u"shop"_s, u"--from"_s, from, u"--to"_s, to}, 7},
        {{u"analytics"_s, u"products"_s, u"--from"_s, from, u"--to"_s, to}, 1},
    };
    for (const Case &command : cases) {
        const Run run = rig.run(command.words + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(command.words.join(u' ') + u": "_s + describe(run)));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(rows.size() >= command.atLeast, qPrintable(command.words.join(u' ')));
    }
    QCOMPARE(rig.run({u"creators"_s, u"search"_s, u"--page-size"_s, u"15"_s}).exitCode, 2);
    QCOMPARE(rig.run({u"analytics"_s, u"shop"_s, u"--from"_s, to, u"--to"_s, from}).exitCode, 2);
    QCOMPARE(rig.run({u"analytics"_s, u"shop"_s}).exitCode, 2);
}

void TestCommandLineTool::createsAnOpenCollaborationPlan()
{
    CliRig rig;
    ApiClient client(rig.sandbox.connection(), rig.sandbox.clock());
    ProductService products(client);
    QString productId;
    for (const Product &product : waitFor(products.searchAll()).value) {
        if (product.status == ProductStatus::Activate && !product.skus.isEmpty()) {
            productId = product.id;
            break;
        }
    }
    QVERIFY(!productId.isEmpty());

    // Out of range: refused before anything is sent.
    const qint64 before = rig.requestCount();
    const Run refused = rig.run({u"plans"_s, u"create"_s, productId, u"85"_s});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(rig.requestCount(), before);

    const Run run = rig.run({u"plans"_s, u"create"_s, productId, u"12.5"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"state").toString(), u"done"_s);
    AffiliateService affiliates(client);
    const QList<OpenCollaboration> plans = waitFor(affiliates.searchOpenCollaborations()).value;
    const auto plan = std::find_if(plans.cbegin(), plans.cend(),
        [&productId](const OpenCollaboration &open) { return open.productId == productId; });
    QVERIFY(plan != plans.cend());
    QCOMPARE(plan->commissionRate, 1250);
    QCOMPARE(rig.stats().value(u"writes"_s).toObject().value(productId).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCommandLineTool)
#include "tst_commandlinetool.moc"

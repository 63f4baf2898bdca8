#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "core/clock.h"
#include "replywaiter.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr int packagesToShip = 1000;
constexpr int killTrials = 6;

/// `GET path` on the sandbox's loopback port, the body as JSON.
QJsonObject getJson(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

/// `shopdesk-cli ship --from-csv` on a thousand packages, killed with SIGKILL at random points and
/// run again until it completes: the sandbox (its own process, so it outlives every kill) must see
/// every package shipped exactly once.
class TestShipCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedRunsNeverShipTwice();

private:
    QProcess m_sandbox;
    ShopConnection m_connection;
    quint16 m_port = 0;
    QTemporaryDir m_folder;
};

void TestShipCrash::initTestCase()
{
    // Ship answers come late (the ship itself has happened by then), which widens the window in
    // which a killed run has shipped packages it never heard back about.
    const QString faults = m_folder.filePath(u"faults.json"_s);
    QFile plan(faults);
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write(R"({"seed": 3, "rules": [{"route": "POST /fulfillment/{version}/packages/ship", "fault": "latency",
                   "fraction": 1.0, "latency_ms": 250}]})");
    plan.close();
    m_sandbox.start(
        QStringLiteral(SHOPDESK_SANDBOX_EXE), {u"--orders"_s, u"20000"_s, u"--qps"_s, u"0"_s, u"--faults"_s, faults});
    QVERIFY(m_sandbox.waitForStarted());
    QByteArray banner;
    while (banner.count("shop:") < 2 && m_sandbox.waitForReadyRead(20000))
        banner += m_sandbox.readAllStandardOutput();
    const QString text = QString::fromUtf8(banner);
    const auto field
        = [&text](const QString &name) { return QRegularExpression(name + u":\\s+(\\S+)"_s).match(text).captured(1); };
    const QRegularExpressionMatch url = QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)"_s).match(text);
    QVERIFY2(url.hasMatch(), qPrintable(text));
    m_port = quint16(url.captured(1).toUInt());
    m_connection.apiBaseUrl = QUrl(url.captured(0));
    m_connection.appKey = field(u"app key"_s);
    m_connection.appSecret = Secret(field(u"app secret"_s).toUtf8());
    m_connection.accessToken = Secret(field(u"access token"_s).toUtf8());
    m_connection.shopCipher = QRegularExpression(u"shop:.*cipher (\\S+)"_s).match(text).captured(1);
    QVERIFY(!m_connection.shopCipher.isEmpty());
}

void TestShipCrash::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

void TestShipCrash::killedRunsNeverShipTwice()
{
    // A thousand packages TikTok Shop collects, so that no carrier choice is involved.
    SystemClock clock;
    ApiClient client(m_connection, clock);
    client.setQueriesPerSecond(0);
    OrderService orders(client);
    FulfillmentService fulfillment(client);
    OrderQuery awaiting;
    awaiting.status = OrderStatus::AwaitingShipment;
    const Finished<QList<Order>> found = waitFor(orders.search(awaiting), 60000);
    QVERIFY(!found.error);
    PackageQuery processing;
    processing.status = PackageStatus::Processing;
    QSet<QString> waiting;
    for (const Package &package : waitFor(fulfillment.searchPackages(processing), 60000).value)
        waiting.insert(package.id);
    QStringList packages;
    for (const Order &order : found.value) {
        if (order.shippingType != u"TIKTOK" || order.fulfillmentType == u"FULFILLMENT_BY_TIKTOK")
            continue;
        for (const QString &id : order.packageIds) {
            if (waiting.contains(id) && packages.size() < packagesToShip && !packages.contains(id))
                packages.append(id);
        }
    }
    QCOMPARE(packages.size(), packagesToShip);
    const QString csvPath = m_folder.filePath(u"ship.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("package_id,handover\n");
        for (const QString &id : std::as_const(packages))
            csv.write(id.toUtf8() + ",PICKUP\n");
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SHOPDESK_APP_KEY"_s, m_connection.appKey);
    environment.insert(u"SHOPDESK_APP_SECRET"_s, QString::fromUtf8(m_connection.appSecret.reveal()));
    environment.insert(u"SHOPDESK_ACCESS_TOKEN"_s, QString::fromUtf8(m_connection.accessToken.reveal()));
    environment.insert(u"SHOPDESK_SHOP_CIPHER"_s, m_connection.shopCipher);
    const QStringList arguments{u"--base-url"_s, m_connection.apiBaseUrl.toString(), u"--cache"_s,
        m_folder.filePath(u"cache.sqlite"_s), u"--format"_s, u"csv"_s, u"ship"_s, u"--from-csv"_s, csvPath};
    QRandomGenerator random(20261129); // the kill points are the same in every run of the test
    int killed = 0;
    for (int trial = 0; trial < 2 * killTrials && killed < killTrials; ++trial) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SHOPDESK_CLI_EXE), arguments);
        QVERIFY(cli.waitForStarted());
        // A run ships the thousand packages in well under a second: kill early enough to land in it.
        const int killAfterMs = 150 + int(random.bounded(600));
        if (!cli.waitForFinished(killAfterMs)) {
            cli.kill(); // SIGKILL: no chance to clean up
            cli.waitForFinished();
            ++killed;
        } else {
            qWarning() << "run" << trial << "ended by itself with" << cli.exitCode()
                       << cli.readAllStandardError().right(300);
        }
    }
    QVERIFY2(killed >= 5, "at least five runs are cut short");
    qInfo() << killed << "runs killed";

    QProcess last;
    last.setProcessEnvironment(environment);
    last.start(QStringLiteral(SHOPDESK_CLI_EXE), arguments);
    QVERIFY(last.waitForFinished(120000));
    const QString report = QString::fromUtf8(last.readAllStandardOutput());
    // Frozen packages are refused, so the batch is partly done (6) unless none of them was picked.
    QVERIFY2(last.exitCode() == 0 || last.exitCode() == 6, qPrintable(QString::fromUtf8(last.readAllStandardError())));

    const QJsonObject writes = getJson(m_port, "/sandbox/stats").value(u"writes"_s).toObject();
    int done = 0;
    int frozen = 0;
    QStringList lines = report.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), u"object_id,state,error"_s);
    for (const QString &line : std::as_const(lines)) {
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 3);
        QVERIFY(packages.contains(fields.at(0)));
        if (fields.at(1) == u"done") {
            ++done;
            QCOMPARE(writes.value(fields.at(0)).toInt(), 1);
        } else {
            QCOMPARE(fields.at(1), u"failed"_s);
            QCOMPARE(fields.at(2), u"package in freeze status"_s);
            QCOMPARE(writes.value(fields.at(0)).toInt(), 0);
            ++frozen;
        }
    }
    QCOMPARE(done + frozen, packagesToShip);
    QVERIFY(done > packagesToShip * 8 / 10);
    for (const QString &id : std::as_const(packages))
        QVERIFY2(writes.value(id).toInt() <= 1, qPrintable(id));
}

QTEST_GUILESS_MAIN(TestShipCrash)
#include "tst_shipcrash.moc"

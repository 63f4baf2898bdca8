#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/seeddata.h"
#include "security/shopprofile.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "store/synccursorrepository.h"
#include "sync/ordercatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

/// The real shopdesk program with --quit-after-first-paint over a demo profile whose cache holds
/// more orders than the first screen: it paints, loads them all, prints its figures and exits 0.
class TestFirstPaint final : public QObject
{
    Q_OBJECT

private slots:
    void paintsTheCachedOrdersAndQuits();
};

void TestFirstPaint::paintsTheCachedOrdersAndQuits()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // This process files the cache where the app will look for it: same names, same XDG folders.
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"ShopDesk"_s);
    QCoreApplication::setApplicationName(u"ShopDesk"_s);

    const int cached = OrderCatalog::previewSize * 3;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The demo shop is the first shop of the sandbox's default seed.
    const SandboxShop shop = SeedData::generateShops({1, 30, now, cached}).first();
    {
        QSettings settings;
        ShopProfile profile(settings);
        auto cache = CacheDatabase::open(profile.cachePath(u"demo-"_s + shop.info.id));
        QVERIFY(cache.ok());
        QVERIFY(!OrderRepository(*cache.value()).upsert(shop.info.id, shop.orders, now));
        QVERIFY(!SyncCursorRepository(*cache.value()).markSynced(shop.info.id, u"orders"_s, now, QString::number(now)));
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(SHOPDESK_APP), {u"--demo"_s, u"--quit-after-first-paint"_s});
    QVERIFY2(app.waitForFinished(100000), "shopdesk did not quit");
    const QString output = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
        qPrintable(output + QString::fromUtf8(app.readAllStandardError())));

    QHash<QString, qint64> values;
    static const QRegularExpression line(u"^(\\w+)=(\\d+)$"_s, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : line.globalMatch(output))
        values.insert(match.captured(1), match.captured(2).toLongLong());
    QVERIFY2(values.contains(u"first_paint_ms"_s), qPrintable(output));
    QVERIFY(values.value(u"first_paint_ms"_s) > 0);
    QVERIFY(values.value(u"orders_loaded_ms"_s) >= values.value(u"first_paint_ms"_s));
    // Every cached order reached the pane (a sync may add the demo shop's newest ones).
    QVERIFY2(values.value(u"orders"_s) >= cached, qPrintable(output));
    QVERIFY(values.value(u"peak_rss_mb"_s) > 0);
    // Only the figures: nothing about the shop or its credentials.
    QVERIFY2(!output.contains(shop.info.id) && !output.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"

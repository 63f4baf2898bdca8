#include <cmath>

#include <QAction>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include "api/analyticsservice.h"
#include "api/apiclient.h"
#include "api/shopsession.h"
#include "domain/shopregion.h"
#include "io/csvwriter.h"
#include "models/productperformancetablemodel.h"
#include "panes/analytics/analyticsexporter.h"
#include "panes/analytics/analyticspane.h"
#include "panes/analytics/gmvbreakdownchartview.h"
#include "panes/analytics/gmvtrendchartview.h"
#include "panes/analytics/kpitilewidget.h"
#include "panes/analytics/productfunnelwidget.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/analyticscatalog.h"
#include "sync/productcatalog.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QString shopPerformanceRoute = u"GET /analytics/{version}/shop/performance"_s;

template <typename T>
T valueOf(Reply<T> *reply)
{
    const Finished<T> result = waitFor(reply);
    if (!result.finished || result.error)
        qWarning() << "reply failed:" << (result.error ? result.error->toString() : u"timeout"_s);
    return result.value;
}

/// One shop session with the Analytics pane on it, as the main window builds it.
struct PaneRig
{
    PaneRig(const ShopConnection &connection, Clock &clock, CacheDatabase *cache = nullptr)
        : session(connection, clock)
        , products(session.products(), cache, connection.shopId, clock)
        , catalog(session.analytics(), cache, connection.shopId, ShopRegion::timeZone(connection.region), clock)
        , pane(catalog, products)
    {
        pane.resize(1280, 760);
    }

    template <typename T>
    T *find(const QString &name)
    {
        T *child = pane.findChild<T *>(name);
        if (!child)
            qWarning() << "no child" << name;
        return child;
    }
    KpiTileWidget *tile(const QString &name) { return find<KpiTileWidget>(name); }

    ShopSession session;
    ProductCatalog products;
    AnalyticsCatalog catalog;
    AnalyticsPane pane;
};

/// What the sandbox serves for `range`, asked the plain way.
struct Expected
{
    Expected(SandboxFixture &sandbox, const DateRange &range)
        : client(sandbox.connection(), sandbox.clock())
        , service(client)
        , daily(valueOf(service.shopPerformance(range, Granularity::Daily, true)))
        , totals(valueOf(service.shopPerformance(range, Granularity::All, true)))
    {
        for (const LiveSession &session : valueOf(service.liveSessions(range)))
            liveViewers += session.viewers;
    }

    qint64 sumOfDays(qint64 PerformanceInterval::*field) const
    {
        qint64 total = 0;
        for (const PerformanceInterval &day : daily.intervals)
            total += day.*field;
        return total;
    }

    ApiClient client;
    AnalyticsService service;
    ShopPerformance daily;
    ShopPerformance totals;
    qint64 liveViewers = 0;
};

/// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &colour) {
        auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

qint64 requestsTo(SandboxFixture &sandbox, const QString &route)
{
    return sandbox.admin("GET", u"/sandbox/stats"_s).value(u"requests").toObject().value(route).toInteger();
}

} // namespace

/// The Analytics pane on real widgets, offscreen, fed by the sandbox over real HTTP.
class TestAnalyticsPane final : public QObject
{
    Q_OBJECT

private slots:
    void tilesAndSeriesEqualTheSandbox();
    void chartRendersWithAxesSpanningTheData();
    void rangeChangeShowsTheCacheThenRefetches();
    void daysWithoutDataAreNotDrawn();
    void exportsPicturesAndCsv();
    void showsCachedFiguresOfflineWithABanner();
    void explainsAnApiFailure();
    void listsTopProductsWithTitlesAndAFunnel();
    void tileColoursReadWellInLightAndDarkPalettes();
};

void TestAnalyticsPane::tilesAndSeriesEqualTheSandbox()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
    PaneRig rig(sandbox.connection(), sandbox.clock());
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded(), 20000);
    const DateRange range = rig.pane.range();
    QCOMPARE(range.start.daysTo(range.end), 30);
    const Expected expected(sandbox, range);
    QCOMPARE(expected.daily.intervals.size(), 30);

    // The series are the sandbox's days, to the cent.
    const PerformanceChartData &data = rig.pane.chartData();
    QCOMPARE(data.gmv.size(), 30);
    for (qsizetype i = 0; i < 30; ++i) {
        const PerformanceInterval &day = expected.daily.intervals.at(i);
        QCOMPARE(data.gmv.at(i), (ChartPoint{day.startDate, day.gmv.minor}));
        QCOMPARE(data.orders.at(i).value, day.orders);
        QCOMPARE(data.previousGmv.at(i).value, expected.daily.comparisonIntervals.at(i).gmv.minor);
    }
    auto *trend = rig.find<GmvTrendChartView>(u"analyticsTrendChart"_s);
    QCOMPARE(trend->gmvSeries()->count(), 30);
    QCOMPARE(trend->gmvSeries()->at(4).y(), double(expected.daily.intervals.at(4).gmv.minor) / 100.0);
    QCOMPARE(trend->previousSeries()->count(), 30);
    QCOMPARE(trend->countSeries()->at(9).y(), double(expected.daily.intervals.at(9).orders));
    auto *breakdown = rig.find<GmvBreakdownChartView>(u"analyticsBreakdownChart"_s);
    const QList<QBarSet *> sets = breakdown->series()->barSets();
    QCOMPARE(sets.size(), 3);
    double liveBars = 0;
    for (int i = 0; i < sets.at(0)->count(); ++i)
        liveBars += sets.at(0)->at(i);
    qint64 liveGmv = 0;
    for (const PerformanceInterval &day : expected.daily.intervals)
        liveGmv += day.gmvBreakdown.live.minor;
    QCOMPARE(qRound64(liveBars * 100), liveGmv);

    // The tiles are the API's totals for the range and the previous period.
    const PerformanceInterval &total = expected.totals.intervals.first();
    const PerformanceInterval &previous = expected.totals.comparisonIntervals.first();
    KpiTileWidget *gmv = rig.tile(u"kpiGmv"_s);
    QCOMPARE(gmv->kpi().value, total.gmv.minor);
    QCOMPARE(gmv->kpi().previous, previous.gmv.minor);
    QCOMPARE(gmv->valueText(), total.gmv.format(QLocale()));
    QVERIFY(gmv->changeText().startsWith(total.gmv.minor >= previous.gmv.minor ? u"↑"_s : u"↓"_s));
    QCOMPARE(rig.tile(u"kpiOrders"_s)->kpi().value, total.orders);
    QCOMPARE(rig.tile(u"kpiUnitsSold"_s)->kpi().value, total.unitsSold);
    QCOMPARE(rig.tile(u"kpiBuyers"_s)->kpi().value, total.buyers);
    QCOMPARE(rig.tile(u"kpiAvgOrderValue"_s)->kpi().value, total.avgOrderValue.minor);
    QCOMPARE(rig.tile(u"kpiRefunds"_s)->kpi().value, total.refunds.minor);
    QCOMPARE(rig.tile(u"kpiRefundRate"_s)->kpi().value,
        (total.refunds.minor * 10000 + total.gmv.minor / 2) / total.gmv.minor);
    QCOMPARE(rig.tile(u"kpiProductImpressions"_s)->kpi().value, total.productImpressions);
    QCOMPARE(rig.tile(u"kpiPageViews"_s)->kpi().value, total.productPageViews);
    QCOMPARE(rig.tile(u"kpiLiveViewers"_s)->kpi().value, expected.liveViewers);
    QVERIFY(expected.liveViewers > 0);

    // Hovering a day shows its exact figures.
    const PerformanceInterval &day = expected.daily.intervals.at(12);
    const QString tip = trend->toolTipAt(day.startDate);
    QVERIFY2(tip.contains(day.gmv.format(QLocale())), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(day.orders)), qPrintable(tip));
    QVERIFY(
        breakdown->toolTipAt(0).contains(Money{qint64(qRound64(sets.at(0)->at(0) * 100)), u"USD"_s}.format(QLocale())));
}

void TestAnalyticsPane::chartRendersWithAxesSpanningTheData()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
    PaneRig rig(sandbox.connection(), sandbox.clock());
    rig.pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rig.pane));
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded(), 20000);
    auto *trend = rig.find<GmvTrendChartView>(u"analyticsTrendChart"_s);
    const DateRange range = rig.pane.range();
    const PerformanceChartData &data = rig.pane.chartData();

    QCOMPARE(trend->dateAxis()->min(), range.start.startOfDay());
    QVERIFY(trend->dateAxis()->max() >= range.end.addDays(-1).startOfDay());
    QVERIFY(trend->dateAxis()->max() <= range.end.addDays(7).startOfDay());
    const double maxGmv = double(data.maxGmv()) / 100.0;
    QVERIFY(maxGmv > 0);
    QVERIFY(trend->moneyAxis()->max() >= maxGmv);
    QVERIFY(trend->moneyAxis()->max() < maxGmv * 2.5);
    QCOMPARE(trend->moneyAxis()->min(), 0.0);
    QVERIFY(trend->moneyAxis()->labelFormat().startsWith(u'$'));
    QVERIFY(trend->countAxis()->max() >= double(data.maxOrders()));

    // The picture is drawn: many colours, among them the GMV line's blue.
    const QColor line = trend->gmvSeries()->pen().color();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage image = trend->grab().toImage();
            QSet<QRgb> colours;
            bool lineDrawn = false;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    const QColor pixel = image.pixelColor(x, y);
                    colours.insert(pixel.rgb());
                    lineDrawn = lineDrawn || pixel.rgb() == line.rgb();
                }
            }
            return colours.size() > 20 && lineDrawn;
        }(),
        5000);
}

void TestAnalyticsPane::rangeChangeShowsTheCacheThenRefetches()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    PaneRig rig(sandbox.connection(), sandbox.clock(), cache.value().get());
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded() && !rig.pane.isLoading(), 20000);
    const DateRange month = rig.pane.range();
    const Expected expected(sandbox, month);

    // Slow the server down so that what shows first can only have come from the cache.
    const QJsonObject plan{{u"rules"_s,
        QJsonArray{
            QJsonObject{{u"route"_s, shopPerformanceRoute}, {u"fault"_s, u"latency"_s}, {u"latency_ms"_s, 1500}}}}};
    sandbox.admin("POST", u"/sandbox/faults"_s, plan);
    const qint64 before = requestsTo(sandbox, shopPerformanceRoute);

    auto *ranges = rig.find<QComboBox>(u"analyticsRange"_s);
    ranges->setCurrentIndex(ranges->findData(7));
    QVERIFY(rig.pane.isLoading());
    QVERIFY(!rig.find<QProgressBar>(u"analyticsLoadProgress"_s)->isHidden());
    const PerformanceChartData &data = rig.pane.chartData();
    QCOMPARE(data.range, rig.pane.range());
    QCOMPARE(data.gmv.size(), 7);
    qint64 weekGmv = 0;
    for (qsizetype i = 0; i < 7; ++i) {
        const PerformanceInterval &day = expected.daily.intervals.at(23 + i);
        QCOMPARE(data.gmv.at(i), (ChartPoint{day.startDate, day.gmv.minor}));
        weekGmv += day.gmv.minor;
    }
    QCOMPARE(rig.tile(u"kpiGmv"_s)->kpi().value, weekGmv);

    QTRY_VERIFY_WITH_TIMEOUT(!rig.pane.isLoading(), 20000);
    QVERIFY(requestsTo(sandbox, shopPerformanceRoute) >= before + 2); // the days and the totals
    QVERIFY(rig.find<QProgressBar>(u"analyticsLoadProgress"_s)->isHidden());
    QCOMPARE(rig.pane.snapshot().total->gmv.minor, weekGmv);
    QCOMPARE(rig.tile(u"kpiGmv"_s)->kpi().value, weekGmv);
}

void TestAnalyticsPane::daysWithoutDataAreNotDrawn()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
    PaneRig rig(sandbox.connection(), sandbox.clock());
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded() && !rig.pane.isLoading(), 20000);
    const QDate today = rig.catalog.today();
    auto *ranges = rig.find<QComboBox>(u"analyticsRange"_s);
    ranges->setCurrentIndex(ranges->findData(0));
    auto *from = rig.find<QDateEdit>(u"analyticsFrom"_s);
    auto *to = rig.find<QDateEdit>(u"analyticsTo"_s);
    QVERIFY(to->isEnabled());
    to->setDate(today); // today has no figures yet
    from->setDate(today.addDays(-9));
    QCOMPARE(rig.pane.range(), (DateRange{today.addDays(-9), today.addDays(1)}));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.pane.isLoading() && rig.pane.snapshot().range == rig.pane.range(), 20000);

    const PerformanceChartData &data = rig.pane.chartData();
    QVERIFY(data.isLagging());
    QCOMPARE(data.latestAvailableDate, today.addDays(-1));
    QCOMPARE(data.gmv.size(), 9);
    QCOMPARE(data.gmv.last().date, today.addDays(-1));
    for (const ChartPoint &point : data.gmv)
        QVERIFY(point.value > 0);
    auto *trend = rig.find<GmvTrendChartView>(u"analyticsTrendChart"_s);
    QCOMPARE(trend->gmvSeries()->count(), 9);
    const QString latest = QLocale().toString(today.addDays(-1), QLocale::ShortFormat);
    QCOMPARE(rig.find<QLabel>(u"analyticsDataNote"_s)->text(), u"Data up to %1"_s.arg(latest));
    QVERIFY2(trend->chart()->title().contains(latest), qPrintable(trend->chart()->title()));
    QVERIFY(trend->toolTipAt(today).isEmpty());
}

void TestAnalyticsPane::exportsPicturesAndCsv()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
    PaneRig rig(sandbox.connection(), sandbox.clock());
    rig.products.refresh();
    rig.pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded() && !rig.pane.isLoading(), 20000);
    QTemporaryDir dir;

    const QString png = dir.filePath(u"charts.png"_s);
    QVERIFY(rig.pane.exportTo(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600 && image.height() > 200);

    const QString svg = dir.filePath(u"charts.svg"_s);
    QVERIFY(rig.pane.exportTo(svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));

    // Ctrl+E asks where to save; the test answers for the dialog.
    const QString csv = dir.filePath(u"days.csv"_s);
    rig.pane.setExportPathChooser([&csv](QString *filter) {
        *filter = QString();
        return csv;
    });
    auto *table = rig.find<QTableView>(u"analyticsProductTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "period,date,currency,gmv,"));
    const QList<QByteArray> records = bytes.mid(3).split('\n');
    QCOMPARE(records.size(), 1 + 60 + 1); // header, 30 previous and 30 current days, the final CRLF
    QVERIFY(records.first().endsWith('\r'));
    const PerformanceInterval &firstDay = rig.pane.snapshot().daily.intervals.first();
    QVERIFY(records.at(31).startsWith(
        (u"current,"_s + firstDay.startDate.toString(Qt::ISODate) + u",USD,"_s + firstDay.gmv.toDecimal() + u',')
            .toUtf8()));

    QTRY_VERIFY_WITH_TIMEOUT(!rig.products.products().isEmpty(), 20000);
    const QString products = dir.filePath(u"products.csv"_s);
    QVERIFY(rig.pane.exportTo(products, AnalyticsExporter::filters().at(int(AnalyticsExporter::Format::ProductsCsv))));
    QFile productsFile(products);
    QVERIFY(productsFile.open(QIODevice::ReadOnly));
    const QString productsText = QString::fromUtf8(productsFile.readAll());
    const ProductPerformance &best = rig.pane.snapshot().topProducts.first();
    const auto product = std::find_if(rig.products.products().cbegin(), rig.products.products().cend(),
        [&best](const Product &p) { return p.id == best.productId; });
    QVERIFY(product != rig.products.products().cend());
    QVERIFY2(productsText.contains(u"1,"_s + best.productId + u','), qPrintable(productsText.left(300)));
    QVERIFY2(productsText.contains(CsvWriter::escape(product->title)), qPrintable(productsText.left(300)));
}

void TestAnalyticsPane::showsCachedFiguresOfflineWithABanner()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    ShopConnection connection;
    FakeClock clock;
    qint64 onlineGmv = 0;
    {
        SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        PaneRig rig(connection, clock, cache.value().get());
        QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded() && !rig.pane.isLoading(), 20000);
        onlineGmv = *rig.tile(u"kpiGmv"_s)->kpi().value;
    }
    PaneRig rig(connection, clock, cache.value().get());
    rig.session.client().setRetryPolicy({.maxAttempts = 1});
    rig.pane.show();
    QCOMPARE(rig.tile(u"kpiGmv"_s)->kpi().value, onlineGmv); // from the cache, before any answer
    auto *banner = rig.find<MessageBanner>(u"analyticsBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(u"Offline — showing cached data"_s), qPrintable(banner->text()));
    QVERIFY(rig.pane.isLoaded());
    QCOMPARE(rig.tile(u"kpiGmv"_s)->kpi().value, onlineGmv);
    QCOMPARE(rig.pane.chartData().gmv.size(), 30);
}

void TestAnalyticsPane::explainsAnApiFailure()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.appSecret = Secret("wrong secret");
    PaneRig rig(connection, sandbox.clock());
    rig.pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded(), 20000);
    auto *banner = rig.find<MessageBanner>(u"analyticsBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"clock"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"Offline"_s));
    QCOMPARE(rig.tile(u"kpiGmv"_s)->valueText(), u"—"_s);
}

void TestAnalyticsPane::listsTopProductsWithTitlesAndAFunnel()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 23, .productsPerShop = 40});
    PaneRig rig(sandbox.connection(), sandbox.clock());
    rig.products.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane.isLoaded() && !rig.pane.isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.products.products().isEmpty(), 20000);
    auto *table = rig.find<QTableView>(u"analyticsProductTable"_s);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 40);
    QHash<QString, QString> titles;
    for (const Product &product : rig.products.products())
        titles.insert(product.id, product.title);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(ProductPerformanceTableModel::IdRole).toString();
        QCOMPARE(model->index(row, ProductPerformanceTableModel::ProductColumn).data().toString(), titles.value(id));
    }
    table->sortByColumn(ProductPerformanceTableModel::OrdersColumn, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, ProductPerformanceTableModel::OrdersColumn)
                    .data(ProductPerformanceTableModel::SortRole)
                    .toLongLong()
            <= model->index(row, ProductPerformanceTableModel::OrdersColumn)
                   .data(ProductPerformanceTableModel::SortRole)
                   .toLongLong());
    }

    // Picking a product shows its funnel, with the sandbox's figures for it.
    const QModelIndex pick = model->index(3, 0);
    table->selectionModel()->setCurrentIndex(pick, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString id = pick.data(ProductPerformanceTableModel::IdRole).toString();
    auto *funnel = rig.find<ProductFunnelWidget>(u"analyticsFunnel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(funnel->funnel() && funnel->funnel()->productId == id, 20000);
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const PerformanceInterval product
        = valueOf(service.productPerformance(id, rig.pane.range(), Granularity::All)).intervals.first();
    QCOMPARE(funnel->funnel()->steps.size(), 3);
    QCOMPARE(funnel->funnel()->steps.at(0).count, product.productImpressions);
    QCOMPARE(funnel->funnel()->steps.at(1).count, product.productPageViews);
    QCOMPARE(funnel->funnel()->steps.at(2).count, product.orders);
    QCOMPARE(funnel->productTitle(), titles.value(id));
    // The table's row and the funnel agree: same orders, and the click-through is page views per impression.
    QCOMPARE(pick.siblingAtColumn(ProductPerformanceTableModel::OrdersColumn)
                 .data(ProductPerformanceTableModel::SortRole)
                 .toLongLong(),
        product.orders);
    QCOMPARE(funnel->funnel()->steps.at(1).conversion.value() / 10,
        pick.siblingAtColumn(ProductPerformanceTableModel::ClickThroughColumn)
                .data(ProductPerformanceTableModel::SortRole)
                .toLongLong()
            / 10);
    QVERIFY(funnel->grab().toImage().pixelColor(funnel->width() / 2, funnel->height() / 2).isValid());
}

void TestAnalyticsPane::tileColoursReadWellInLightAndDarkPalettes()
{
    KpiTileWidget tile(u"GMV"_s, {});
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    const Kpi better{KpiId::Gmv, Kpi::Kind::Money, 200, 100, u"USD"_s, true};
    const Kpi worse{KpiId::Refunds, Kpi::Kind::Money, 200, 100, u"USD"_s, false};
    for (const QPalette &palette : {light, dark}) {
        tile.setPalette(palette);
        QColor colours[2];
        for (int i = 0; i < 2; ++i) {
            tile.setKpi(i == 0 ? better : worse);
            colours[i] = tile.changeColour();
            // WCAG AA for normal text on the tile's background.
            QVERIFY2(contrast(colours[i], palette.color(QPalette::Base)) >= 4.5,
                qPrintable(colours[i].name() + u" on "_s + palette.color(QPalette::Base).name()));
        }
        QVERIFY(colours[0].green() > colours[0].red()); // good news is green
        QVERIFY(colours[1].red() > colours[1].green()); // bad news is red
    }
    QVERIFY(tile.changeText().startsWith(u"↑"_s));
}

QTEST_MAIN(TestAnalyticsPane)
#include "tst_analyticspane.moc"

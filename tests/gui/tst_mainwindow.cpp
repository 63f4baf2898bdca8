#include <QAction>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/shopsession.h"
#include "domain/webhookevent.h"
#include "mainwindow.h"
#include "models/ordertablemodel.h"
#include "models/producttablemodel.h"
#include "panes/orders/orderspane.h"
#include "panes/pane.h"
#include "sandboxfixture.h"
#include "screenshotrunner.h"
#include "store/cachedatabase.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSandboxProductsInTheProductsPane();
    void filtersAndSortsFromTheKeyboard();
    void explainsAnErrorInsteadOfAnEmptyTable();
    void screenshotModeSavesEveryPane();
    void showsCachedProductsWhenTheServerIsGone();
    void listsOrdersWithAStatusTabEach();
    void syncsWhatAWebhookNames();
};

namespace {

Pane *productsPane(MainWindow &window)
{
    return window.findChild<Pane *>(u"productsPane"_s);
}

} // namespace

void TestMainWindow::showsTheSandboxProductsInTheProductsPane()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.show();

    auto *tabs = window.findChild<QTabWidget *>(u"paneTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(tabs->currentWidget(), productsPane(window));
    QStringList ids;
    for (Pane *pane : window.panes())
        ids.append(pane->paneId());
    QCOMPARE(
        ids, (QStringList{u"products"_s, u"orders"_s, u"shipments"_s, u"affiliates"_s, u"live"_s, u"analytics"_s}));
    // Analytics is the real pane, not a placeholder, and reachable from the View menu.
    QCOMPARE(window.panes().last(), window.findChild<Pane *>(u"analyticsPane"_s));
    QVERIFY(window.findChild<QAction *>(u"show_analytics"_s));
    QCOMPARE(window.panes().at(2), window.findChild<Pane *>(u"shipmentsPane"_s));

    auto *table = window.findChild<QTableView *>(u"productTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(productsPane(window)->isLoaded(), 20000);
    QCOMPARE(table->model()->rowCount(), 250);
    QCOMPARE(table->model()->columnCount(), int(ProductTableModel::ColumnCount));
    QVERIFY(!table->model()->index(0, ProductTableModel::TitleColumn).data().toString().isEmpty());
    QVERIFY(table->model()->index(0, ProductTableModel::PriceColumn).data().toString().startsWith(u'$'));
    QVERIFY(table->isSortingEnabled());
    QVERIFY(window.windowTitle().contains(u"Maple & Co. US"_s));
}

void TestMainWindow::filtersAndSortsFromTheKeyboard()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(productsPane(window)->isLoaded(), 20000);
    auto *table = window.findChild<QTableView *>(u"productTable"_s);
    auto *search = window.findChild<QLineEdit *>(u"productSearch"_s);
    QVERIFY(table && search);

    // Sorting by price puts the cheapest first, numerically.
    table->sortByColumn(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    const QAbstractItemModel *model = table->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, ProductTableModel::PriceColumn).data(ProductTableModel::SortRole).toLongLong()
            <= model->index(row, ProductTableModel::PriceColumn).data(ProductTableModel::SortRole).toLongLong());
    }

    // Ctrl+F reaches the search box; pasting two product ids shows exactly those two.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    const QString first = model->index(0, 0).data(ProductTableModel::IdRole).toString();
    const QString second = model->index(5, 0).data(ProductTableModel::IdRole).toString();
    QTest::keyClicks(search, first + u", "_s + second);
    QCOMPARE(model->rowCount(), 2);
    search->clear();
    QCOMPARE(model->rowCount(), 250);
}

void TestMainWindow::explainsAnErrorInsteadOfAnEmptyTable()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.appSecret = Secret("wrong secret");
    ShopSession session(connection, sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(productsPane(window)->isLoaded(), 20000);
    auto *banner = window.findChild<MessageBanner *>(u"productBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"clock"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"106001"_s));
}

void TestMainWindow::screenshotModeSavesEveryPane()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.resize(1280, 800);
    window.show();
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    ScreenshotRunner runner(window, QDir(directory.path()));
    QSignalSpy finished(&runner, &ScreenshotRunner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    for (const QString &pane :
        {u"products"_s, u"orders"_s, u"shipments"_s, u"affiliates"_s, u"live"_s, u"analytics"_s}) {
        const QImage image(directory.filePath(pane + u".png"_s));
        QVERIFY2(!image.isNull(), qPrintable(pane));
        QCOMPARE(image.width(), window.width());
        // Not blank: more than a handful of distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 3, qPrintable(pane));
    }
}

void TestMainWindow::showsCachedProductsWhenTheServerIsGone()
{
    QTemporaryDir directory;
    auto cache = CacheDatabase::open(directory.filePath(u"demo.sqlite"_s));
    QVERIFY(cache.ok());
    ShopConnection connection;
    {
        SandboxFixture sandbox;
        connection = sandbox.connection();
        ShopSession session(connection, sandbox.clock());
        MainWindow window(session, sandbox.clock(), cache.value().get());
        QTRY_VERIFY_WITH_TIMEOUT(productsPane(window)->isLoaded(), 20000);
        QCOMPARE(window.findChild<QTableView *>(u"productTable"_s)->model()->rowCount(), 250);
    }
    // The sandbox is gone: the next start shows what was cached and says why it is not fresh.
    FakeClock clock;
    ShopSession offline(connection, clock);
    offline.client().setRetryPolicy({.maxAttempts = 1});
    MainWindow window(offline, clock, cache.value().get());
    window.show();
    auto *table = window.findChild<QTableView *>(u"productTable"_s);
    QCOMPARE(table->model()->rowCount(), 250); // from the cache, before any answer
    auto *banner = window.findChild<MessageBanner *>(u"productBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(u"Offline"_s), qPrintable(banner->text()));
    QCOMPARE(table->model()->rowCount(), 250);
}

void TestMainWindow::listsOrdersWithAStatusTabEach()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.show();
    auto *pane = window.findChild<Pane *>(u"ordersPane"_s);
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 20000);
    auto *table = window.findChild<QTableView *>(u"orderTable"_s);
    auto *tabs = window.findChild<QTabBar *>(u"orderStatusTabs"_s);
    QVERIFY(table && tabs);
    QCOMPARE(table->model()->rowCount(), 200);
    QCOMPARE(tabs->tabText(0), u"All (200)"_s);

    // Every tab's count is what its filter shows, and together they cover the non-partial orders.
    int listed = 0;
    for (int tab = 1; tab < OrdersPane::needsActionTab(); ++tab) {
        tabs->setCurrentIndex(tab);
        const int rows = table->model()->rowCount();
        QVERIFY2(tabs->tabText(tab).endsWith(u" (%1)"_s.arg(rows)), qPrintable(tabs->tabText(tab)));
        for (int row = 0; row < rows; ++row)
            QCOMPARE(
                table->model()->index(row, OrderTableModel::StatusColumn).data(OrderTableModel::StatusRole).toInt(),
                int(OrdersPane::tabStatuses().at(tab - 1)));
        listed += rows;
    }
    QVERIFY(listed > 150 && listed <= 200);
    // The "Needs action" tab after them counts what it shows too.
    tabs->setCurrentIndex(OrdersPane::needsActionTab());
    const int needingAction = table->model()->rowCount();
    QVERIFY(needingAction > 0 && needingAction < 200);
    QCOMPARE(tabs->tabText(OrdersPane::needsActionTab()), u"Needs action (%1)"_s.arg(needingAction));
}

void TestMainWindow::syncsWhatAWebhookNames()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    MainWindow window(session, sandbox.clock(), nullptr);
    window.show();
    auto *orders = window.findChild<Pane *>(u"ordersPane"_s);
    QTRY_VERIFY_WITH_TIMEOUT(orders->isLoaded() && productsPane(window)->isLoaded(), 20000);
    const auto requests = [&sandbox](const QString &route) {
        return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInt();
    };
    const int orderSearches = requests(u"POST /order/{version}/orders/search"_s);
    const int productSearches = requests(u"POST /product/{version}/products/search"_s);

    WebhookEvent orderChanged;
    orderChanged.type = 1;
    window.handleWebhookEvent(orderChanged);
    QTRY_VERIFY_WITH_TIMEOUT(requests(u"POST /order/{version}/orders/search"_s) > orderSearches, 10000);
    WebhookEvent unrelated;
    unrelated.type = 13; // a customer service message: nothing to sync
    window.handleWebhookEvent(unrelated);
    WebhookEvent productChanged;
    productChanged.type = 5;
    window.handleWebhookEvent(productChanged);
    QTRY_VERIFY_WITH_TIMEOUT(requests(u"POST /product/{version}/products/search"_s) > productSearches, 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

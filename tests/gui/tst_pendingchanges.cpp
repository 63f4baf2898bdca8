#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "api/productservice.h"
#include "api/shopsession.h"
#include "dialogs/changehistorydialog.h"
#include "dialogs/pendingchangesdialog.h"
#include "models/outboxtablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

/// The seller's view of the outbox: what is not done, retry and discard, and the change history.
class TestPendingChanges final : public QObject
{
    Q_OBJECT

private slots:
    void listsFailedChangesAndLetsTheSellerDecide();
};

void TestPendingChanges::listsFailedChangesAndLetsTheSellerDecide()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    std::unique_ptr<CacheDatabase> database = std::move(cache).value();
    ShopOutbox outbox(session, *database, sandbox.clock());

    const QList<Product> products = waitFor(session.products().searchAll()).value;
    QVERIFY(products.size() >= 2);
    // One change the server refuses (a warehouse the SKU is not in), one it accepts.
    PlannedEdit refused = ProductEditPlanner::stock(
        products.at(0), products.at(0).skus.first(), products.at(0).skus.first().inventory.first().warehouseId, 5);
    refused.stockAfter.first().warehouseId = u"7000000000000000000"_s;
    const PlannedEdit accepted
        = ProductEditPlanner::price(products.at(1), products.at(1).skus.first(), Money{2500, u"USD"_s});
    QVERIFY(outbox.submitEdits({refused, accepted}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!outbox.processor().isRunning(), 20000);

    PendingChangesDialog dialog(outbox);
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(u"pendingChangesTable"_s);
    QCOMPARE(table->model()->rowCount(), 1); // the accepted change is done and not listed
    QCOMPARE(dialog.model().commandAt(0).state, OutboxState::Failed);
    QVERIFY(!table->model()->index(0, OutboxTableModel::ErrorColumn).data().toString().isEmpty());
    QVERIFY(table->model()->index(0, OutboxTableModel::ObjectColumn).data().toString().contains(products.at(0).title));

    table->selectRow(0);
    auto *retry = dialog.findChild<QPushButton *>(u"retryChanges"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!outbox.processor().isRunning(), 20000);
    QCOMPARE(dialog.model().commandAt(0).state, OutboxState::Failed);

    table->selectRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"discardChanges"_s), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 0);

    ChangeHistoryDialog history(outbox);
    // price once; refused stock: failed twice and discarded, a row per warehouse each time
    const qsizetype warehouses = refused.stockAfter.size();
    QCOMPARE(history.entries().size(), 1 + 3 * warehouses);
    QVERIFY(history.entries().first().result.startsWith(u"discarded"_s));
    const QString path = folder.filePath(u"history.csv"_s);
    QCOMPARE(history.exportTo(path), QString());
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 1 + history.entries().size());
}

QTEST_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"

#include <QCheckBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "api/productservice.h"
#include "api/shopsession.h"
#include "core/money.h"
#include "models/productfilter.h"
#include "models/producttablemodel.h"
#include "models/skutablemodel.h"
#include "panes/products/bulkeditdialog.h"
#include "panes/products/productspane.h"
#include "panes/products/productviewsmenu.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "sync/productcatalog.h"
#include "sync/shopoutbox.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// The Products pane as the main window builds it, on a real cache file and the sandbox.
class EditingRig
{
public:
    EditingRig()
        : session(sandbox.connection(), sandbox.clock())
    {
        cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release();
        catalog
            = std::make_unique<ProductCatalog>(session.products(), cache, session.connection().shopId, sandbox.clock());
        outbox = std::make_unique<ShopOutbox>(session, *cache, sandbox.clock());
        pane = std::make_unique<ProductsPane>(*catalog, outbox.get(), session.listings());
        pane->resize(1200, 800);
        pane->show();
    }
    ~EditingRig()
    {
        pane.reset();
        outbox.reset();
        catalog.reset();
        delete cache;
    }

    QTableView *table(const QString &name) { return pane->findChild<QTableView *>(name); }

    Product serverProduct(const QString &id) { return waitFor(session.products().get(id)).value; }

    /// Selects the first `count` rows of the products table.
    void selectRows(int count)
    {
        QTableView *products = table(u"productTable"_s);
        products->setCurrentIndex(products->model()->index(0, 0));
        for (int row = 1; row < count; ++row)
            products->selectionModel()->select(
                products->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    SandboxFixture sandbox;
    ShopSession session;
    QTemporaryDir folder;
    CacheDatabase *cache = nullptr;
    std::unique_ptr<ProductCatalog> catalog;
    std::unique_ptr<ShopOutbox> outbox;
    std::unique_ptr<ProductsPane> pane;
};

} // namespace

/// Price and stock edits in the Products pane, in place and in bulk, through the outbox to the
/// sandbox, and the undo of a bulk edit.
class TestProductEditing final : public QObject
{
    Q_OBJECT

private slots:
    void editsAPriceInPlace();
    void refusesAnImpossibleStockValue();
    void bulkEditPreviewsEverySku();
    void bulkEditsAndUndoes();
    void filtersLowStockAndSavesTheView();
};

void TestProductEditing::editsAPriceInPlace()
{
    EditingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectRows(1);
    QTableView *skus = rig.table(u"skuTable"_s);
    QVERIFY(skus->model()->rowCount() > 0);
    const QString skuId = skus->model()->index(0, 0).data(SkuTableModel::SkuIdRole).toString();
    const QString productId = rig.pane->selectedProducts().first().id;

    QVERIFY(skus->model()->setData(skus->model()->index(0, SkuTableModel::PriceColumn), u"12.34"_s));
    const int changeColumn = skus->model()->columnCount() - 1;
    QTRY_COMPARE_WITH_TIMEOUT(skus->model()->index(0, changeColumn).data().toString(), u"Saved"_s, 20000);

    const Product onServer = rig.serverProduct(productId);
    const auto sku = std::find_if(
        onServer.skus.cbegin(), onServer.skus.cend(), [&skuId](const Sku &candidate) { return candidate.id == skuId; });
    QVERIFY(sku != onServer.skus.cend());
    QCOMPARE(sku->price.minor, 1234);
    // The table shows the new price without a reload.
    QCOMPARE(skus->model()->index(0, SkuTableModel::PriceColumn).data(Qt::EditRole).toString(), u"12.34"_s);
}

void TestProductEditing::refusesAnImpossibleStockValue()
{
    EditingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectRows(1);
    QTableView *skus = rig.table(u"skuTable"_s);
    const QModelIndex stock = skus->model()->index(0, SkuTableModel::FirstWarehouseColumn);
    const QVariant before = stock.data(Qt::EditRole);
    QVERIFY(!skus->model()->setData(stock, u"12.5"_s));
    QVERIFY(!skus->model()->setData(stock, u"100000"_s));
    auto *banner = rig.pane->findChild<MessageBanner *>(u"productBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"99,999"_s), qPrintable(banner->text()));
    QCOMPARE(stock.data(Qt::EditRole), before);
    QCOMPARE(rig.sandbox.server().stats().value(u"writes"_s).toObject().size(), 0);
}

void TestProductEditing::bulkEditPreviewsEverySku()
{
    EditingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectRows(3);
    const QList<Product> products = rig.pane->selectedProducts();
    QCOMPARE(products.size(), 3);
    qsizetype skuCount = 0;
    for (const Product &product : products)
        skuCount += product.skus.size();

    BulkEditDialog dialog(products);
    dialog.setOperation(BulkEditSpec::Operation::ChangePriceByPercent);
    dialog.setAmount(10);
    QCOMPARE(dialog.edits().size(), skuCount);
    const PlannedEdit &first = dialog.edits().first();
    // 10 % more, rounded half away from zero in minor units.
    QCOMPARE(first.priceAfter.minor, first.priceBefore.minor + (first.priceBefore.minor * 1000 + 5000) / 10000);

    dialog.setOperation(BulkEditSpec::Operation::AdjustStock);
    dialog.setAmount(-100'000);
    QCOMPARE(dialog.validCount(), 0);
    QVERIFY(!dialog.edits().first().problem.isEmpty());
}

void TestProductEditing::bulkEditsAndUndoes()
{
    EditingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.selectRows(3);
    const QList<Product> before = rig.pane->selectedProducts();
    BulkEditDialog dialog(before);
    dialog.setOperation(BulkEditSpec::Operation::SetStock);
    dialog.setAmount(7);
    const int changes = dialog.validCount();
    QVERIFY(changes > 0);
    rig.pane->applyEdits(dialog.edits());

    auto *banner = rig.pane->findChild<MessageBanner *>(u"productBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"saved"_s), 20000);
    for (const Product &product : before) {
        for (const Sku &sku : rig.serverProduct(product.id).skus)
            QCOMPARE(sku.totalStock(), 7 * sku.inventory.size());
        // One request per product, however many SKUs it has.
        QCOMPARE(rig.sandbox.server().stats().value(u"writes"_s).toObject().value(product.id).toInt(), 1);
    }

    auto *undo = banner->findChild<QPushButton *>(u"bannerAction"_s);
    QVERIFY(undo && undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"undone"_s), 20000);
    QVERIFY(!undo->isVisible());
    for (const Product &product : before)
        QCOMPARE(rig.serverProduct(product.id).skus, product.skus);

    AuditQuery query;
    query.shopId = rig.session.connection().shopId;
    const auto audit = rig.outbox->auditLog().query(query);
    QVERIFY(audit.ok());
    QVERIFY(audit.value().size() >= 2 * changes); // a row per warehouse, for the edit and for its undo
}

void TestProductEditing::filtersLowStockAndSavesTheView()
{
    EditingRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const QList<Product> all = rig.pane->visibleProducts();
    QVERIFY(all.size() > 2);
    // A threshold in the middle of the seeded stock, so that the filter has something to leave out.
    QList<qint64> lowest;
    for (const Product &product : all) {
        qint64 least = std::numeric_limits<qint64>::max();
        for (const Sku &sku : product.skus)
            least = std::min(least, sku.totalStock());
        lowest.append(least);
    }
    std::sort(lowest.begin(), lowest.end());
    const int threshold = int(lowest.at(lowest.size() / 2));
    const auto expected = std::count_if(all.cbegin(), all.cend(),
        [threshold](const Product &product) { return ProductFilter::isLowStock(product, threshold); });
    QVERIFY(expected > 0 && expected < all.size());

    rig.pane->setLowStockThreshold(threshold);
    auto *lowStock = rig.pane->findChild<QCheckBox *>(u"productLowStock"_s);
    QVERIFY(lowStock->text().contains(QString::number(threshold)));
    lowStock->setChecked(true);
    QCOMPARE(rig.pane->visibleProducts().size(), expected);

    QSignalSpy saved(rig.pane.get(), &ProductsPane::savedViewsChanged);
    rig.pane->viewsMenu().saveCurrentAs(u"Running low"_s);
    QCOMPARE(saved.count(), 1);
    const auto views = saved.first().first().value<QList<SavedProductView>>();
    QCOMPARE(views.size(), 1);
    QVERIFY(views.first().lowStockOnly);
    QCOMPARE(views.first().name, u"Running low"_s);
    const QMenu *menu = rig.pane->findChild<QToolButton *>(u"productViews"_s)->menu();
    QVERIFY(std::any_of(menu->actions().cbegin(), menu->actions().cend(),
        [](const QAction *action) { return action->text() == u"Running low"_s; }));

    lowStock->setChecked(false);
    QCOMPARE(rig.pane->visibleProducts().size(), all.size());
    rig.pane->applyView(views.first());
    QVERIFY(lowStock->isChecked());
    QCOMPARE(rig.pane->visibleProducts().size(), expected);

    rig.pane->viewsMenu().remove(u"Running low"_s);
    QCOMPARE(saved.count(), 2);
    QVERIFY(saved.last().first().value<QList<SavedProductView>>().isEmpty());
}

QTEST_MAIN(TestProductEditing)
#include "tst_productediting.moc"

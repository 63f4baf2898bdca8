#include <QBuffer>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "api/listingservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "io/csvreader.h"
#include "models/producttablemodel.h"
#include "models/skutablemodel.h"
#include "panes/products/categorypicker.h"
#include "panes/products/createlistingdialog.h"
#include "panes/products/listingattributesform.h"
#include "panes/products/listingimageswidget.h"
#include "panes/products/listingskueditor.h"
#include "panes/products/productdetailpanel.h"
#include "panes/products/productlistingactions.h"
#include "panes/products/productspane.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "store/imagecache.h"
#include "sync/productcatalog.h"
#include "sync/productimageloader.h"
#include "sync/shopoutbox.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// The Products pane as the main window builds it, on a real cache file and the sandbox.
class PaneRig
{
public:
    PaneRig()
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
    ~PaneRig()
    {
        pane.reset();
        outbox.reset();
        catalog.reset();
        delete cache;
    }

    QTableView *table() { return pane->findChild<QTableView *>(u"productTable"_s); }
    MessageBanner *banner() { return pane->findChild<MessageBanner *>(u"productBanner"_s); }
    QPushButton *button(const QString &name) { return pane->findChild<QPushButton *>(name); }

    /// Selects the row of the first product in `status`; returns it.
    Product selectFirst(ProductStatus status)
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ProductTableModel::StatusRole).toInt() == int(status)) {
                table()->selectRow(row);
                return pane->selectedProducts().value(0);
            }
        }
        return {};
    }

    ProductStatus serverStatus(const QString &id) { return waitFor(session.products().get(id)).value.status; }
    int writesOf(const QString &id) { return sandbox.server().stats().value(u"writes"_s).toObject().value(id).toInt(); }

    SandboxFixture sandbox;
    ShopSession session;
    QTemporaryDir folder;
    CacheDatabase *cache = nullptr;
    std::unique_ptr<ProductCatalog> catalog;
    std::unique_ptr<ShopOutbox> outbox;
    std::unique_ptr<ProductsPane> pane;
};

} // namespace

/// The listing side of the Products pane against the sandbox: filtering by pasted ids, the detail
/// panel with its pictures, activate / deactivate / delete, CSV export and import, and the New
/// listing dialog's checks.
class TestListingPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersByAPastedIdList();
    void showsDetailsWithPicturesKeptOnDisk();
    void showsWhyTheReviewFailed();
    void detailsFollowAConfirmedPriceEdit();
    void activatesAndDeactivatesOnTheSandbox();
    void deletesOnlyAfterConfirming();
    void exportsTheCurrentView();
    void importReportsBadRowsAndSendsNothingForThem();
    void createListingChecksBeforeSending();
    void createdListingAppearsWithItsReviewStatus();
};

void TestListingPane::initTestCase()
{
    // The picture cache goes to a test location, not the user's data folder.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ImageCache::defaultDirectory()).removeRecursively();
}

void TestListingPane::filtersByAPastedIdList()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    QAbstractItemModel *model = rig.table()->model();
    QCOMPARE(model->rowCount(), 250);
    const QStringList ids{model->index(3, 0).data(ProductTableModel::IdRole).toString(),
        model->index(70, 0).data(ProductTableModel::IdRole).toString(),
        model->index(199, 0).data(ProductTableModel::IdRole).toString()};

    // As pasted from a spreadsheet column: line breaks, stray spaces, an id the shop does not have.
    auto *search = rig.pane->findChild<QLineEdit *>(u"productSearch"_s);
    search->setText(ids.at(0) + u"\r\n "_s + ids.at(1) + u"\n17000000000000000\n"_s + ids.at(2) + u'\n');
    QCOMPARE(model->rowCount(), 3);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, 0).data(ProductTableModel::IdRole).toString());
    shown.sort();
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(shown, expected);
    QVERIFY(rig.pane->findChild<QLabel *>(u"productCount"_s)->text().contains(u"3"_s));
    search->clear();
    QCOMPARE(model->rowCount(), 250);
}

void TestListingPane::showsDetailsWithPicturesKeptOnDisk()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const Product product = rig.selectFirst(ProductStatus::Activate);
    QVERIFY(!product.id.isEmpty());
    ProductDetailPanel &panel = rig.pane->detailPanel();
    QVERIFY(!panel.hasDetail()); // nothing is read before the tab is shown
    rig.pane->showDetails();
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasDetail(), 20000);
    QCOMPARE(panel.detail().product.id, product.id);
    QVERIFY(panel.findChild<QLabel *>(u"detailTitle"_s)->text() == product.title);
    auto *skus = panel.findChild<QTableWidget *>(u"detailSkus"_s);
    QCOMPARE(skus->rowCount(), product.skus.size());
    QVERIFY(!skus->item(0, 1)->text().isEmpty()); // the SKU's option, e.g. "Color: Black"
    const qsizetype pictures = panel.detail().mainImages.size();
    QVERIFY(pictures >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownPictureCount(), int(pictures), 20000);

    // The pictures are on disk now: another loader finds them without the network.
    ProductImageLoader again(ImageCache::defaultDirectory());
    QSignalSpy loaded(&again, &ProductImageLoader::imageLoaded);
    again.request(panel.detail().mainImages.first());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(again.downloadCount(), 0);
    QVERIFY(!QImage::fromData(loaded.first().at(1).toByteArray()).isNull());
}

void TestListingPane::showsWhyTheReviewFailed()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.pane->showDetails();
    QVERIFY(!rig.selectFirst(ProductStatus::Failed).id.isEmpty());
    ProductDetailPanel &panel = rig.pane->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasDetail(), 20000);
    auto *failures = panel.findChild<QLabel *>(u"detailAuditFailures"_s);
    QVERIFY(failures->isVisible());
    QVERIFY2(failures->text().contains(u"watermark"_s), qPrintable(failures->text()));

    QVERIFY(!rig.selectFirst(ProductStatus::Activate).id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasDetail(), 20000);
    QVERIFY(!failures->isVisible());
}

void TestListingPane::detailsFollowAConfirmedPriceEdit()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const Product product = rig.selectFirst(ProductStatus::Activate);
    rig.pane->showDetails();
    ProductDetailPanel &panel = rig.pane->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasDetail(), 20000);
    const QString detailRoute = u"GET /product/{version}/products/{product_id}"_s;
    const int reads = rig.sandbox.server().stats().value(u"requests"_s).toObject().value(detailRoute).toInt();

    auto *skus = rig.pane->findChild<QTableView *>(u"skuTable"_s);
    QVERIFY(skus->model()->setData(skus->model()->index(0, SkuTableModel::PriceColumn), u"11.11"_s));
    auto *detailSkus = panel.findChild<QTableWidget *>(u"detailSkus"_s);
    const QString sellerSku = skus->model()->index(0, SkuTableModel::SellerSkuColumn).data().toString();
    auto shownPrice = [&] {
        for (int row = 0; row < detailSkus->rowCount(); ++row) {
            if (detailSkus->item(row, 0)->text() == sellerSku)
                return detailSkus->item(row, 2)->text();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(shownPrice(), u"$11.11"_s, 20000);
    // The detail kept its pictures and description; it was not read again.
    QVERIFY(!panel.detail().description.isEmpty());
    QCOMPARE(rig.sandbox.server().stats().value(u"requests"_s).toObject().value(detailRoute).toInt(), reads);
}

void TestListingPane::activatesAndDeactivatesOnTheSandbox()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const Product product = rig.selectFirst(ProductStatus::Activate);
    QVERIFY(!product.id.isEmpty());
    QTest::mouseClick(rig.button(u"productDeactivate"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(product.id), ProductStatus::SellerDeactivated, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.banner()->isVisible() && rig.banner()->text().contains(u"deactivated"_s), 20000);
    QCOMPARE(rig.pane->selectedProducts().first().status, ProductStatus::SellerDeactivated);

    QTest::mouseClick(rig.button(u"productActivate"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(product.id), ProductStatus::Activate, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.pane->selectedProducts().first().status, ProductStatus::Activate, 20000);
    QCOMPARE(rig.writesOf(product.id), 2);
}

void TestListingPane::deletesOnlyAfterConfirming()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const Product product = rig.selectFirst(ProductStatus::Activate);
    QTest::mouseClick(rig.button(u"productDelete"_s), Qt::LeftButton);
    auto *box = rig.pane->findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(u"for good"_s));
    // Nothing is sent while the seller reads, and deactivating is what Enter does.
    QCOMPARE(rig.writesOf(product.id), 0);
    QCOMPARE(box->defaultButton()->objectName(), u"deleteConfirmDeactivate"_s);
    QTest::mouseClick(box->findChild<QPushButton *>(u"deleteConfirmDelete"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(product.id), ProductStatus::Deleted, 20000);
    QCOMPARE(rig.writesOf(product.id), 1);

    const Product other = rig.selectFirst(ProductStatus::Activate);
    QTest::mouseClick(rig.button(u"productDelete"_s), Qt::LeftButton);
    box = rig.pane->findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QTRY_VERIFY(box && box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(rig.serverStatus(other.id), ProductStatus::SellerDeactivated, 20000);
}

void TestListingPane::exportsTheCurrentView()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.pane->findChild<QLineEdit *>(u"productSearch"_s)->setText(u"Yoga Mat"_s);
    const QList<Product> shown = rig.pane->visibleProducts();
    QVERIFY(!shown.isEmpty() && shown.size() < 250);
    qsizetype skus = 0;
    for (const Product &product : shown)
        skus += product.skus.size();
    const QString path = rig.folder.filePath(u"view.csv"_s);
    QVERIFY(rig.pane->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<CsvTable> table = CsvReader::parse(file.readAll());
    QVERIFY(table.ok());
    QCOMPARE(table.value().rows.size(), skus);
    QCOMPARE(table.value().header.mid(0, 4), (QStringList{u"product_id"_s, u"title"_s, u"status"_s, u"seller_sku"_s}));
    QVERIFY(table.value().rows.first().at(1).contains(u"Yoga Mat"_s));
    QVERIFY(rig.banner()->text().contains(u"view.csv"_s));
}

void TestListingPane::importReportsBadRowsAndSendsNothingForThem()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    const QList<Product> products = rig.catalog->products();
    const Product &good = products.at(0);
    const Product &twice = products.at(1);
    const Product &badNumber = products.at(2);
    const QString path = rig.folder.filePath(u"updates.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        u"seller_sku,price\n"
        "%1,12.34\n"
        "NO-SUCH-SKU,5.00\n"
        "%2,abc\n"
        "%3,7.00\n"
        "%3,8.00\n"_s.arg(good.skus.first().sellerSku, badNumber.skus.first().sellerSku, twice.skus.first().sellerSku)
            .toUtf8());
    file.close();

    rig.pane->importCsv(path);
    QDialog *report = rig.pane->findChild<QDialog *>(u"csvImportReport"_s);
    QVERIFY(report && report->isVisible());
    auto *problems = report->findChild<QTableWidget *>(u"csvProblems"_s);
    QCOMPARE(problems->rowCount(), 4);
    QStringList reasons;
    for (int row = 0; row < problems->rowCount(); ++row)
        reasons.append(problems->item(row, 0)->text() + u' ' + problems->item(row, 2)->text());
    QVERIFY2(reasons.at(0).startsWith(u"3 Unknown seller SKU"_s), qPrintable(reasons.join(u" | "_s)));
    QVERIFY2(reasons.at(1).startsWith(u"4 “abc” is not a price"_s), qPrintable(reasons.at(1)));
    QVERIFY2(
        reasons.at(2).startsWith(u"5 Duplicate row"_s) && reasons.at(2).contains(u"6"_s), qPrintable(reasons.at(2)));
    QVERIFY(reasons.at(3).startsWith(u"6 Duplicate row"_s));
    QCOMPARE(rig.sandbox.server().stats().value(u"writes"_s).toObject().size(), 0);

    QTest::mouseClick(report->findChild<QPushButton *>(u"csvContinue"_s), Qt::LeftButton);
    QDialog *preview = nullptr;
    QTRY_VERIFY((preview = rig.pane->findChild<QDialog *>(u"bulkEditDialog"_s)) && preview->isVisible());
    auto *rows = preview->findChild<QTableWidget *>(u"bulkPreview"_s);
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->item(0, 1)->text(), good.skus.first().sellerSku);
    preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QTRY_COMPARE_WITH_TIMEOUT(
        waitFor(rig.session.products().get(good.id)).value.skus.first().price.minor, qint64(1234), 20000);
    const QJsonObject writes = rig.sandbox.server().stats().value(u"writes"_s).toObject();
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.value(good.id).toInt(), 1);
    QCOMPARE(waitFor(rig.session.products().get(twice.id)).value.skus, twice.skus);
}

void TestListingPane::createListingChecksBeforeSending()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    QTest::mouseClick(rig.button(u"productCreate"_s), Qt::LeftButton);
    auto *dialog = rig.pane->findChild<CreateListingDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->categoryPicker()->isLoaded(), 20000);

    // Narrowing the tree keeps each match with its path.
    dialog->categoryPicker()->setFilterText(u"earph"_s);
    QCOMPARE(dialog->categoryPicker()->visibleCount(), 3);
    QVERIFY(dialog->categoryPicker()->choose(u"601101"_s)); // earphones: a battery type is required
    QTRY_VERIFY_WITH_TIMEOUT(dialog->attributesForm()->findChild<QWidget *>(u"listingAttribute_100102"_s), 20000);
    for (int i = 0; i < 10; ++i)
        dialog->images()->addImage(u"photo-%1.png"_s.arg(i), pngOf(600, 600));
    dialog->images()->addImage(u"thumbnail.png"_s, pngOf(120, 120));

    dialog->submit(SaveMode::Listing);
    const QString shown = dialog->findChild<QLabel *>(u"listingProblems"_s)->text();
    const QStringList expected{u"Write a title"_s, u"at most 9"_s, u"thumbnail.png is 120 × 120 pixels"_s,
        u"“Battery Type” is required"_s, u"give a price"_s, u"package weight"_s, u"Write a description"_s};
    for (const QString &text : expected)
        QVERIFY2(shown.contains(text.toHtmlEscaped()), qPrintable(text + u" not in: "_s + shown));
    QVERIFY(dialog->isVisible());
    QVERIFY(rig.sandbox.server().stats().value(u"writes"_s).toObject().isEmpty());
    QCOMPARE(rig.sandbox.server()
                 .stats()
                 .value(u"requests"_s)
                 .toObject()
                 .value(u"POST /product/{version}/images/upload"_s)
                 .toInt(),
        0);
    dialog->reject();
}

void TestListingPane::createdListingAppearsWithItsReviewStatus()
{
    PaneRig rig;
    QTRY_VERIFY_WITH_TIMEOUT(rig.pane->isLoaded(), 20000);
    rig.pane->listingActions().openCreateListing();
    auto *dialog = rig.pane->findChild<CreateListingDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->categoryPicker()->isLoaded(), 20000);
    QVERIFY(dialog->categoryPicker()->choose(u"601501"_s));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->attributesForm()->setValue(u"Material"_s, u"Plastic"_s), 20000);
    dialog->findChild<QLineEdit *>(u"listingTitle"_s)->setText(u"Cork Yoga Block, Set of 2"_s);
    dialog->findChild<QPlainTextEdit *>(u"listingDescription"_s)->setPlainText(u"Firm and light.\n\n- Natural cork"_s);
    dialog->findChild<QDoubleSpinBox *>(u"listingWeight"_s)->setValue(0.8);
    dialog->images()->addImage(u"block.png"_s, pngOf(800, 800));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QTableWidget *>(u"listingSkus"_s)->columnCount() == 5, 20000);
    dialog->skuEditor()->fillRow(0, {}, u"CYB-2"_s, u"19.99"_s, {u"30"_s, u"4"_s});

    QSignalSpy submitted(dialog, &CreateListingDialog::listingSubmitted);
    dialog->submit(SaveMode::Listing);
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(u"; "_s)));
    QVERIFY(submitted.wait(20000));

    QAbstractItemModel *model = rig.table()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 251, 20000);
    const Product created = rig.pane->selectedProducts().value(0);
    QCOMPARE(created.title, u"Cork Yoga Block, Set of 2"_s);
    QCOMPARE(created.status, ProductStatus::Pending);
    QCOMPARE(created.totalStock(), 34);
    QVERIFY(rig.banner()->text().contains(u"review"_s));
    const ProductDetail detail = waitFor(rig.session.listings().detail(created.id)).value;
    QCOMPARE(detail.mainImages.size(), 1);
    QVERIFY(detail.description.contains(u"<li>Natural cork</li>"_s));
}

QTEST_MAIN(TestListingPane)
#include "tst_listingpane.moc"

#include "productspane.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>

#include "bulkeditdialog.h"
#include "createlistingdialog.h"
#include "delegates/productstatusdelegate.h"
#include "errorpresenter.h"
#include "models/productfiltermodel.h"
#include "models/producttablemodel.h"
#include "models/skutablemodel.h"
#include "productcsvactions.h"
#include "productdetailpanel.h"
#include "productlistingactions.h"
#include "productviewsmenu.h"
#include "store/imagecache.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/productimageloader.h"
#include "sync/shopoutbox.h"

#include "ui_productspane.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductsPane::ProductsPane(ProductCatalog &catalog, ShopOutbox *outbox, ListingService &listings, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::ProductsPane>())
    , m_catalog(catalog)
    , m_model(new ProductTableModel(this))
    , m_filterModel(new ProductFilterModel(*m_model, this))
    , m_skuModel(new SkuTableModel(this))
    , m_outbox(outbox)
    , m_imageLoader(new ProductImageLoader(ImageCache::defaultDirectory(), this))
    , m_detailPanel(new ProductDetailPanel(listings, *m_imageLoader, this))
{
    m_ui->setupUi(this);
    m_ui->detailTabLayout->addWidget(m_detailPanel);
    // Both report in the pane's banner, which exists once the form is set up.
    m_listingActions = new ProductListingActions(listings, outbox, *m_model, m_catalog, *m_ui->productBanner, this);
    m_csvActions = new ProductCsvActions(*m_ui->productBanner, this);
    setObjectName(u"productsPane"_s);
    populateStatusFilter();
    m_viewsMenu = new ProductViewsMenu(
        *m_ui->productViews, [this] { return currentView(); }, this);
    setLowStockThreshold(m_lowStockThreshold);

    QTableView *table = m_ui->productTable;
    table->setModel(m_filterModel);
    table->setItemDelegateForColumn(ProductTableModel::StatusColumn, new ProductStatusDelegate(table));
    table->sortByColumn(ProductTableModel::UpdatedColumn, Qt::DescendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProductTableModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(ProductTableModel::SellerSkuColumn, 170);
    header->resizeSection(ProductTableModel::PriceColumn, 150);
    header->resizeSection(ProductTableModel::StockColumn, 80);
    header->resizeSection(ProductTableModel::StatusColumn, 150);
    header->resizeSection(ProductTableModel::UpdatedColumn, 150);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    m_ui->productLoadProgress->hide();
    m_ui->productWriteProgress->hide();
    m_ui->productWriteCancel->hide();

    auto *skuSort = new QSortFilterProxyModel(this);
    skuSort->setSourceModel(m_skuModel);
    skuSort->setSortRole(SkuTableModel::SortRole);
    QTableView *skus = m_ui->skuTable;
    skus->setModel(skuSort);
    skus->horizontalHeader()->setStretchLastSection(true);
    skus->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    skus->horizontalHeader()->setMinimumSectionSize(90);
    skus->horizontalHeader()->resizeSection(SkuTableModel::SellerSkuColumn, 200);
    skus->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    // Warehouse columns come and go with the product: each is made as wide as its name and figures.
    connect(skuSort, &QAbstractItemModel::modelReset, skus, [skus] {
        for (int column = SkuTableModel::SellerSkuColumn + 1; column < skus->model()->columnCount() - 1; ++column)
            skus->resizeColumnToContents(column);
    });
    if (!m_outbox) {
        skus->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (QPushButton *button : {m_ui->productBulkEdit, m_ui->productCreate, m_ui->productActivate,
                 m_ui->productDeactivate, m_ui->productDelete, m_ui->productImport}) {
            button->setEnabled(false);
            button->setToolTip(tr("Editing needs the local cache, which could not be opened."));
        }
    } else {
        skus->setEditTriggers(
            QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    }
    m_ui->productSplitter->setStretchFactor(0, 3);
    m_ui->productSplitter->setStretchFactor(1, 2);

    connectSignals();
    connectListingActions();
    connectCsvActions();
    reload();
}

ProductsPane::~ProductsPane() = default;

QString ProductsPane::paneId() const
{
    return u"products"_s;
}

QString ProductsPane::title() const
{
    return tr("Products");
}

void ProductsPane::connectSignals()
{
    connect(m_ui->productSearch, &QLineEdit::textChanged, this, &ProductsPane::handleFilterChanged);
    connect(m_ui->productStatusFilter, &QComboBox::currentIndexChanged, this, &ProductsPane::handleFilterChanged);
    connect(m_ui->productLowStock, &QCheckBox::toggled, this, &ProductsPane::handleFilterChanged);
    connect(m_viewsMenu, &ProductViewsMenu::viewChosen, this, &ProductsPane::applyView);
    connect(m_viewsMenu, &ProductViewsMenu::viewsChanged, this, &ProductsPane::savedViewsChanged);
    connect(m_ui->productReload, &QPushButton::clicked, this, &ProductsPane::reload);
    connect(&m_catalog, &ProductCatalog::productsLoaded, this, &ProductsPane::handleProductsLoaded);
    connect(&m_catalog, &ProductCatalog::refreshFailed, this, &ProductsPane::handleRefreshFailed);
    connect(&m_catalog, &ProductCatalog::refreshProgress, this, [this](qint64 done, qint64 total) {
        m_ui->productLoadProgress->setRange(0, static_cast<int>(total));
        m_ui->productLoadProgress->setValue(static_cast<int>(done));
    });
    connect(m_ui->productBanner, &MessageBanner::actionRequested, this, [this] {
        if (m_bannerAction == BannerAction::UndoBulkEdit)
            undoLastBulkEdit();
        else
            reload();
    });
    connect(m_ui->productTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProductsPane::showSkusOfCurrent);
    connect(m_ui->productBulkEdit, &QPushButton::clicked, this, &ProductsPane::openBulkEdit);
    connect(m_skuModel, &SkuTableModel::editRequested, this, [this](const PlannedEdit &edit) { applyEdits({edit}); });
    connect(m_skuModel, &SkuTableModel::editRejected, this,
        [this](const QString &reason) { showWriteError(tr("This change was not sent"), reason); });
    if (m_outbox) {
        connect(&m_outbox->processor(), &OutboxProcessor::commandChanged, this, &ProductsPane::handleCommandChanged);
        connect(m_ui->productWriteCancel, &QPushButton::clicked, &m_outbox->processor(), &OutboxProcessor::cancel);
        connect(&m_outbox->processor(), &OutboxProcessor::stopped, this, [this](const QString &error) {
            if (!error.isEmpty())
                showWriteError(tr("Changes could not be sent"), error);
            if (!m_activeBatch.isEmpty() && !m_outbox->processor().isRunning()) {
                m_ui->productWriteProgress->hide();
                m_ui->productWriteCancel->hide();
            }
        });
        auto *bulk = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
        bulk->setContext(Qt::WidgetWithChildrenShortcut);
        bulk->setWhatsThis(tr("Bulk edit the selected products"));
        connect(bulk, &QShortcut::activated, this, &ProductsPane::openBulkEdit);
    }
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &ProductsPane::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &ProductsPane::updateCount);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &ProductsPane::updateCount);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_ui->productSearch, [this] {
        m_ui->productSearch->setFocus(Qt::ShortcutFocusReason);
        m_ui->productSearch->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ProductsPane::reload);
}

void ProductsPane::populateStatusFilter()
{
    QComboBox *combo = m_ui->productStatusFilter;
    combo->addItem(tr("All statuses"), -1);
    for (ProductStatus status :
        {ProductStatus::Activate, ProductStatus::Draft, ProductStatus::Pending, ProductStatus::Failed,
            ProductStatus::SellerDeactivated, ProductStatus::PlatformDeactivated, ProductStatus::Freeze}) {
        combo->addItem(ProductTableModel::statusText(status), static_cast<int>(status));
    }
}

void ProductsPane::reload()
{
    m_ui->productBanner->hide();
    m_ui->productLoadProgress->setRange(0, 0);
    m_ui->productLoadProgress->show();
    m_ui->productReload->setEnabled(false);
    m_catalog.refresh();
    m_detailPanel->refresh();
}

void ProductsPane::handleProductsLoaded(const QList<Product> &products, ProductCatalog::Source source)
{
    // A reload keeps the product the seller was looking at; the first load shows the first one.
    const QString current = m_skuModel->product().id;
    m_model->setProducts(products);
    const int row = current.isEmpty() ? -1 : m_model->rowOfProduct(current);
    const QModelIndex keep
        = row >= 0 ? m_filterModel->mapFromSource(m_model->index(row, 0)) : m_filterModel->index(0, 0);
    if (keep.isValid())
        m_ui->productTable->selectRow(keep.row());
    if (source == ProductCatalog::Source::Server) {
        m_ui->productLoadProgress->hide();
        m_ui->productReload->setEnabled(true);
        m_ui->productBanner->hide();
    }
    markLoaded();
}

void ProductsPane::handleRefreshFailed(const ApiError &error, qint64 lastSyncedAt)
{
    m_ui->productLoadProgress->hide();
    m_ui->productReload->setEnabled(true);
    ErrorPresentation presentation = ErrorPresenter::present(error);
    if (lastSyncedAt > 0 && m_model->rowCount() > 0) {
        const QString when
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(lastSyncedAt).toLocalTime(), QLocale::ShortFormat);
        presentation.text += u' ' + tr("Offline: showing the products saved on %1.").arg(when);
    }
    m_ui->productBanner->showError(presentation);
    markLoaded();
}

void ProductsPane::markLoaded()
{
    m_loaded = true;
    updateCount();
    emit loadFinished();
}

void ProductsPane::handleFilterChanged()
{
    const SavedProductView view = currentView();
    ProductFilter filter;
    filter.text = view.text;
    filter.status = view.status;
    if (view.lowStockOnly)
        filter.lowStockAtMost = m_lowStockThreshold;
    m_filterModel->setFilter(filter);
}

void ProductsPane::setLowStockThreshold(int units)
{
    m_lowStockThreshold = units;
    m_ui->productLowStock->setText(tr("Low stock (≤ %L1)").arg(units));
    if (m_ui->productLowStock->isChecked())
        handleFilterChanged();
}

void ProductsPane::setSavedViews(const QList<SavedProductView> &views)
{
    m_viewsMenu->setViews(views);
}

SavedProductView ProductsPane::currentView() const
{
    SavedProductView view;
    view.text = m_ui->productSearch->text();
    const int status = m_ui->productStatusFilter->currentData().toInt();
    if (status >= 0)
        view.status = static_cast<ProductStatus>(status);
    view.lowStockOnly = m_ui->productLowStock->isChecked();
    return view;
}

void ProductsPane::applyView(const SavedProductView &view)
{
    // One filter pass for the whole view rather than one per widget.
    {
        const QSignalBlocker text(m_ui->productSearch);
        const QSignalBlocker status(m_ui->productStatusFilter);
        const QSignalBlocker lowStock(m_ui->productLowStock);
        m_ui->productSearch->setText(view.text);
        const int index = m_ui->productStatusFilter->findData(view.status ? static_cast<int>(*view.status) : -1);
        m_ui->productStatusFilter->setCurrentIndex(std::max(index, 0));
        m_ui->productLowStock->setChecked(view.lowStockOnly);
    }
    handleFilterChanged();
}

void ProductsPane::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_model->rowCount();
    m_ui->productCount->setText(
        shown == total ? tr("%n product(s)", nullptr, total) : tr("%1 of %n product(s)", nullptr, total).arg(shown));
}

void ProductsPane::showWriteError(const QString &title, const QString &text)
{
    m_bannerAction = BannerAction::Reload;
    ErrorPresentation presentation;
    presentation.title = title;
    presentation.text = text;
    m_ui->productBanner->showError(presentation);
}

QList<Product> ProductsPane::selectedProducts() const
{
    QList<Product> products;
    const QModelIndexList rows = m_ui->productTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        products.append(m_model->productAt(m_filterModel->mapToSource(row).row()));
    return products;
}

void ProductsPane::showSkusOfCurrent()
{
    const QModelIndex current = m_ui->productTable->currentIndex();
    if (!current.isValid())
        return;
    const Product &product = m_model->productAt(m_filterModel->mapToSource(current).row());
    m_skuModel->setProduct(product);
    m_detailPanel->showProduct(product);
    // Stock columns are named after their warehouse; they get the width their header needs.
    for (int column = SkuTableModel::FirstWarehouseColumn; column <= m_skuModel->totalStockColumn(); ++column)
        m_ui->skuTable->resizeColumnToContents(column);
    m_ui->skuHeading->setText(
        tr("SKUs of “%1”").arg(m_ui->skuHeading->fontMetrics().elidedText(product.title, Qt::ElideRight, 600)));
}

void ProductsPane::openBulkEdit()
{
    const QList<Product> products = selectedProducts();
    if (!m_outbox || products.isEmpty()) {
        if (m_outbox)
            showWriteError(tr("No products selected"), tr("Select the products to edit in the table first."));
        return;
    }
    BulkEditDialog dialog(products, this);
    if (dialog.exec() == QDialog::Accepted)
        applyEdits(dialog.edits());
}

void ProductsPane::applyEdits(const QList<PlannedEdit> &edits)
{
    if (!m_outbox)
        return;
    const int valid
        = int(std::count_if(edits.cbegin(), edits.cend(), [](const PlannedEdit &edit) { return edit.isValid(); }));
    if (valid == 0)
        return;
    if (valid > 1) {
        m_batchStates.clear();
        m_batchSize = valid;
        m_ui->productWriteProgress->setRange(0, valid);
        m_ui->productWriteProgress->setValue(0);
        m_ui->productWriteProgress->show();
        m_ui->productWriteCancel->show();
        m_ui->productBanner->hide();
    }
    // Known before the commands are stored, so that their first state changes count.
    m_activeBatch = valid > 1 ? ShopOutbox::newBatchId() : QString();
    Result<QString> batch = m_outbox->submitEdits(edits, m_activeBatch);
    if (!batch) {
        m_activeBatch.clear();
        m_ui->productWriteProgress->hide();
        m_ui->productWriteCancel->hide();
        showWriteError(tr("Changes could not be saved"), batch.error().message);
        return;
    }
}

void ProductsPane::undoLastBulkEdit()
{
    if (!m_outbox || m_undoableBatch.isEmpty())
        return;
    Result<QList<OutboxCommand>> batch = m_outbox->outbox().batch(m_undoableBatch);
    if (!batch) {
        showWriteError(tr("The bulk edit cannot be undone"), batch.error().message);
        return;
    }
    m_undoableBatch.clear();
    m_ui->productBanner->hide();
    applyEdits(ProductEditPlanner::undo(batch.value()));
    m_activeBatchIsUndo = !m_activeBatch.isEmpty();
}

void ProductsPane::handleCommandChanged(const OutboxCommand &command)
{
    if (command.kind != CommandKind::SetPrice && command.kind != CommandKind::SetStock)
        return;
    if (m_skuModel->product().id == command.payload.value(u"product_id").toString())
        m_skuModel->setChangeState(command.objectId, command.state, command.lastError);
    if (command.state == OutboxState::Done)
        applyConfirmed(command);
    followBatch(command);
}

void ProductsPane::applyConfirmed(const OutboxCommand &command)
{
    const int row = m_model->rowOfProduct(command.payload.value(u"product_id").toString());
    if (row < 0)
        return;
    Product product = m_model->productAt(row);
    for (Sku &sku : product.skus) {
        if (sku.id != command.objectId)
            continue;
        if (command.kind == CommandKind::SetPrice) {
            const QJsonObject price = command.payload.value(u"price").toObject();
            if (auto money = Money::fromDecimal(price.value(u"amount").toString(), price.value(u"currency").toString()))
                sku.price = money.value();
        } else {
            sku.inventory.clear();
            for (const QJsonValue &stock : command.payload.value(u"inventory").toArray())
                sku.inventory.append({stock[u"warehouse_id"].toString(), stock[u"quantity"].toInteger()});
        }
    }
    m_model->updateProduct(product);
    m_catalog.storeProduct(product);
    if (m_skuModel->product().id == product.id)
        m_skuModel->setProduct(product);
    m_detailPanel->updateProduct(product);
}

void ProductsPane::followBatch(const OutboxCommand &command)
{
    if (m_activeBatch.isEmpty() || command.batchId != m_activeBatch)
        return;
    m_batchStates.insert(command.clientId, int(command.state));
    int saved = 0;
    int failed = 0;
    for (const int state : std::as_const(m_batchStates)) {
        saved += state == int(OutboxState::Done);
        failed += state == int(OutboxState::Failed) || state == int(OutboxState::NeedsReview);
    }
    m_ui->productWriteProgress->setValue(saved + failed);
    if (saved + failed < m_batchSize)
        return;
    const QString batchId = command.batchId;
    m_activeBatch.clear();
    m_ui->productWriteProgress->hide();
    m_ui->productWriteCancel->hide();
    const bool wasUndo = std::exchange(m_activeBatchIsUndo, false);
    m_undoableBatch = saved > 0 && !wasUndo ? batchId : QString();
    m_bannerAction = BannerAction::UndoBulkEdit;
    const QString text = failed == 0
        ? tr("%n change(s) saved.", nullptr, saved)
        : tr("%n change(s) saved; %1 failed — select the product to see why.", nullptr, saved).arg(failed);
    m_ui->productBanner->showInfo(wasUndo ? tr("Bulk edit undone") : tr("Bulk edit finished"), text,
        m_undoableBatch.isEmpty() ? QString() : tr("Undo this bulk edit"));
}

void ProductsPane::connectListingActions()
{
    connect(m_ui->productCreate, &QPushButton::clicked, m_listingActions, &ProductListingActions::openCreateListing);
    connect(
        m_ui->productActivate, &QPushButton::clicked, this, [this] { m_listingActions->activate(selectedProducts()); });
    connect(m_ui->productDeactivate, &QPushButton::clicked, this,
        [this] { m_listingActions->deactivate(selectedProducts()); });
    connect(m_ui->productDelete, &QPushButton::clicked, this,
        [this] { m_listingActions->askToDelete(selectedProducts()); });
    connect(m_listingActions, &ProductListingActions::productAdded, this, &ProductsPane::selectProduct);
    connect(m_listingActions, &ProductListingActions::productChanged, this, [this](const QString &productId) {
        if (m_skuModel->product().id == productId)
            m_detailPanel->refresh();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, m_listingActions, &ProductListingActions::openCreateListing);
}

void ProductsPane::connectCsvActions()
{
    connect(m_ui->productExport, &QPushButton::clicked, this, [this] { m_csvActions->exportView(visibleProducts()); });
    connect(m_ui->productImport, &QPushButton::clicked, this,
        [this] { m_csvActions->chooseAndImport(m_catalog.products()); });
    connect(m_csvActions, &ProductCsvActions::editsConfirmed, this, [this](const QList<PlannedEdit> &edits) {
        m_bannerAction = BannerAction::Reload;
        applyEdits(edits);
    });
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, m_ui->productExport, &QPushButton::click);
}

QList<Product> ProductsPane::visibleProducts() const
{
    QList<Product> products;
    products.reserve(m_filterModel->rowCount());
    for (int row = 0; row < m_filterModel->rowCount(); ++row)
        products.append(m_model->productAt(m_filterModel->mapToSource(m_filterModel->index(row, 0)).row()));
    return products;
}

bool ProductsPane::exportCsv(const QString &path)
{
    return m_csvActions->exportTo(path, visibleProducts());
}

void ProductsPane::importCsv(const QString &path)
{
    if (m_outbox)
        m_csvActions->importFile(path, m_catalog.products());
}

void ProductsPane::showDetails()
{
    m_ui->productLowerTabs->setCurrentWidget(m_ui->detailTab);
}

void ProductsPane::selectProduct(const QString &productId)
{
    const int row = m_model->rowOfProduct(productId);
    const QModelIndex index = row >= 0 ? m_filterModel->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_ui->productTable->selectRow(index.row());
}

QStringList ProductsPane::screenshotViews() const
{
    // Dialogs first: showing a tab closes them, so none is left open when screenshot mode ends.
    return {u"create-dialog"_s, u"delete-confirmation"_s, u"details"_s};
}

QWidget *ProductsPane::showScreenshotView(const QString &view)
{
    for (QWidget *dialog : findChildren<QDialog *>())
        dialog->close();
    if (view == u"create-dialog") {
        m_listingActions->openCreateListing();
        auto *dialog = findChild<CreateListingDialog *>();
        if (dialog)
            dialog->fillExample();
        return dialog;
    }
    if (view == u"delete-confirmation") {
        m_ui->productTable->selectRow(0);
        m_listingActions->askToDelete(selectedProducts());
        return findChild<QDialog *>(u"deleteConfirmation"_s);
    }
    showDetails();
    return nullptr;
}

} // namespace ShopDesk

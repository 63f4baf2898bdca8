#include "productspane.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

#include "delegates/productstatusdelegate.h"
#include "errorpresenter.h"
#include "models/productfiltermodel.h"
#include "models/producttablemodel.h"

#include "ui_productspane.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductsPane::ProductsPane(ProductCatalog &catalog, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::ProductsPane>())
    , m_catalog(catalog)
    , m_model(new ProductTableModel(this))
    , m_filterModel(new ProductFilterModel(*m_model, this))
{
    m_ui->setupUi(this);
    setObjectName(u"productsPane"_s);
    populateStatusFilter();

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

    connectSignals();
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
    connect(m_ui->productReload, &QPushButton::clicked, this, &ProductsPane::reload);
    connect(&m_catalog, &ProductCatalog::productsLoaded, this, &ProductsPane::handleProductsLoaded);
    connect(&m_catalog, &ProductCatalog::refreshFailed, this, &ProductsPane::handleRefreshFailed);
    connect(&m_catalog, &ProductCatalog::refreshProgress, this, [this](qint64 done, qint64 total) {
        m_ui->productLoadProgress->setRange(0, static_cast<int>(total));
        m_ui->productLoadProgress->setValue(static_cast<int>(done));
    });
    connect(m_ui->productBanner, &MessageBanner::actionRequested, this, &ProductsPane::reload);
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
}

void ProductsPane::handleProductsLoaded(const QList<Product> &products, ProductCatalog::Source source)
{
    m_model->setProducts(products);
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
    ProductFilter filter;
    filter.text = m_ui->productSearch->text();
    const int status = m_ui->productStatusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = static_cast<ProductStatus>(status);
    m_filterModel->setFilter(filter);
}

void ProductsPane::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_model->rowCount();
    m_ui->productCount->setText(
        shown == total ? tr("%n product(s)", nullptr, total) : tr("%1 of %n product(s)", nullptr, total).arg(shown));
}

} // namespace ShopDesk

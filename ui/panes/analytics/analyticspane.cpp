#include "analyticspane.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QShortcut>
#include <QSortFilterProxyModel>

#include "domain/product.h"
#include "errorpresenter.h"
#include "models/productfunnel.h"
#include "models/productperformancetablemodel.h"
#include "panes/analytics/analyticsexporter.h"
#include "sync/productcatalog.h"

#include "ui_analyticspane.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int customRange = 0;

} // namespace

AnalyticsPane::AnalyticsPane(AnalyticsCatalog &catalog, ProductCatalog &products, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::AnalyticsPane>())
    , m_catalog(catalog)
    , m_products(products)
    , m_productModel(new ProductPerformanceTableModel(this))
    , m_productProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"analyticsPane"_s);
    setupRangeBar();
    setupProductTable();
    m_ui->analyticsLoadProgress->setRange(0, 0);
    m_ui->analyticsLoadProgress->hide();
    handleProductsLoaded(m_products.products());
    connectSignals();
    reload();
}

AnalyticsPane::~AnalyticsPane() = default;

QString AnalyticsPane::paneId() const
{
    return u"analytics"_s;
}

QString AnalyticsPane::title() const
{
    return tr("Analytics");
}

void AnalyticsPane::setupRangeBar()
{
    QComboBox *ranges = m_ui->analyticsRange;
    ranges->addItem(tr("Last 7 days"), 7);
    ranges->addItem(tr("Last 30 days"), 30);
    ranges->addItem(tr("Last 90 days"), 90);
    ranges->addItem(tr("Custom days"), customRange);
    ranges->setCurrentIndex(1);
    m_ui->analyticsCountMetric->addItem(tr("Orders"), int(GmvTrendChartView::CountMetric::Orders));
    m_ui->analyticsCountMetric->addItem(tr("Units sold"), int(GmvTrendChartView::CountMetric::Units));
    const QDate today = m_catalog.today();
    const DateRange preset = m_catalog.lastDays(30);
    for (QDateEdit *edit : {m_ui->analyticsFrom, m_ui->analyticsTo}) {
        // The API answers about 180 days back, and today has no figures until tomorrow.
        edit->setDateRange(today.addDays(-AnalyticsCatalog::lookbackDays), today);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_ui->analyticsFrom->setDate(preset.start);
    m_ui->analyticsTo->setDate(preset.end.addDays(-1));
}

void AnalyticsPane::setupProductTable()
{
    m_productProxy->setSourceModel(m_productModel);
    m_productProxy->setSortRole(ProductPerformanceTableModel::SortRole);
    QTableView *table = m_ui->analyticsProductTable;
    table->setModel(m_productProxy);
    table->sortByColumn(ProductPerformanceTableModel::GmvColumn, Qt::DescendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductPerformanceTableModel::ProductColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
}

void AnalyticsPane::connectSignals()
{
    connect(m_ui->analyticsRange, &QComboBox::currentIndexChanged, this, &AnalyticsPane::handleRangeChosen);
    connect(m_ui->analyticsFrom, &QDateEdit::dateChanged, this, [this] { handleCustomDatesChanged(true); });
    connect(m_ui->analyticsTo, &QDateEdit::dateChanged, this, [this] { handleCustomDatesChanged(false); });
    connect(m_ui->analyticsCountMetric, &QComboBox::currentIndexChanged, this, &AnalyticsPane::showCharts);
    connect(m_ui->analyticsReload, &QPushButton::clicked, this, &AnalyticsPane::reload);
    connect(m_ui->analyticsBanner, &MessageBanner::actionRequested, this, &AnalyticsPane::reload);
    connect(&m_catalog, &AnalyticsCatalog::snapshotLoaded, this, &AnalyticsPane::handleSnapshotLoaded);
    connect(&m_catalog, &AnalyticsCatalog::loadFailed, this, &AnalyticsPane::handleLoadFailed);
    connect(&m_catalog, &AnalyticsCatalog::productLoaded, this,
        [this](const QString &id, const PerformanceInterval &interval) { handleProductLoaded(id, interval); });
    connect(&m_catalog, &AnalyticsCatalog::productFailed, this, &AnalyticsPane::handleProductFailed);
    connect(&m_products, &ProductCatalog::productsLoaded, this,
        [this](const QList<Product> &products) { handleProductsLoaded(products); });
    connect(m_ui->analyticsProductTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AnalyticsPane::handleProductSelected);

    auto *exportAction = new QAction(tr("Export…"), this);
    exportAction->setObjectName(u"analyticsExportAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &AnalyticsPane::handleExport);
    connect(m_ui->analyticsExport, &QPushButton::clicked, exportAction, &QAction::trigger);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &AnalyticsPane::reload);
}

DateRange AnalyticsPane::range() const
{
    const int days = m_ui->analyticsRange->currentData().toInt();
    if (days != customRange)
        return m_catalog.lastDays(days);
    // The pickers name the last day; the API's end is exclusive.
    return {m_ui->analyticsFrom->date(), m_ui->analyticsTo->date().addDays(1)};
}

void AnalyticsPane::reload()
{
    m_ui->analyticsBanner->hide();
    m_funnelRange = {}; // the funnel is fetched again with the figures
    m_catalog.load(range());
    updateLoadingState();
}

void AnalyticsPane::handleRangeChosen()
{
    const bool custom = m_ui->analyticsRange->currentData().toInt() == customRange;
    m_ui->analyticsFrom->setEnabled(custom);
    m_ui->analyticsTo->setEnabled(custom);
    if (!custom) {
        const DateRange preset = range();
        const QSignalBlocker blockFrom(m_ui->analyticsFrom);
        const QSignalBlocker blockTo(m_ui->analyticsTo);
        m_ui->analyticsFrom->setDate(preset.start);
        m_ui->analyticsTo->setDate(preset.end.addDays(-1));
    }
    reload();
}

void AnalyticsPane::handleCustomDatesChanged(bool firstDayMoved)
{
    if (m_ui->analyticsRange->currentData().toInt() != customRange)
        return;
    // Keep the range the right way round: moving one end past the other moves both.
    if (m_ui->analyticsFrom->date() > m_ui->analyticsTo->date()) {
        const QSignalBlocker blockFrom(m_ui->analyticsFrom);
        const QSignalBlocker blockTo(m_ui->analyticsTo);
        if (firstDayMoved)
            m_ui->analyticsTo->setDate(m_ui->analyticsFrom->date());
        else
            m_ui->analyticsFrom->setDate(m_ui->analyticsTo->date());
    }
    reload();
}

void AnalyticsPane::handleSnapshotLoaded(const AnalyticsSnapshot &snapshot, AnalyticsCatalog::Source source)
{
    if (snapshot.range != range())
        return; // an answer for days no longer chosen
    showSnapshot(snapshot);
    if (source == AnalyticsCatalog::Source::Server) {
        m_ui->analyticsBanner->hide();
        markLoaded();
    }
    updateLoadingState();
}

void AnalyticsPane::handleLoadFailed(const ApiError &error, qint64 lastSyncedAt)
{
    ErrorPresentation presentation = ErrorPresenter::present(error);
    if (m_hasFigures && lastSyncedAt > 0) {
        const QString when
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(lastSyncedAt).toLocalTime(), QLocale::ShortFormat);
        const bool unreachable
            = error.category == ApiErrorCategory::Network || error.category == ApiErrorCategory::Timeout;
        if (unreachable)
            presentation.title = tr("Offline — showing cached data");
        presentation.text += u' ' + tr("The figures shown were saved on %1.").arg(when);
    }
    m_ui->analyticsBanner->showError(presentation);
    updateLoadingState();
    markLoaded();
}

void AnalyticsPane::showSnapshot(const AnalyticsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasFigures = !snapshot.daily.intervals.isEmpty() || snapshot.total.has_value();
    m_ui->analyticsTiles->setKpis(PerformanceKpis::compute(snapshot));
    m_chartData = PerformanceChartData::build(snapshot.daily, snapshot.range);
    showCharts();
    const QDate latest = snapshot.daily.latestAvailableDate;
    m_ui->analyticsDataNote->setText(
        latest.isValid() ? tr("Data up to %1").arg(QLocale().toString(latest, QLocale::ShortFormat)) : QString());
    m_ui->analyticsDataNote->setToolTip(tr("TikTok Shop publishes analytics with a delay; later days are not "
                                           "shown until their figures arrive."));
    m_productModel->setProducts(snapshot.topProducts);
    selectProduct();
}

void AnalyticsPane::showCharts()
{
    const auto metric = static_cast<GmvTrendChartView::CountMetric>(m_ui->analyticsCountMetric->currentData().toInt());
    m_ui->analyticsTrendChart->setData(m_chartData, metric);
    m_ui->analyticsBreakdownChart->setData(m_chartData);
}

void AnalyticsPane::handleProductsLoaded(const QList<Product> &products)
{
    m_titles.clear();
    for (const Product &product : products)
        m_titles.insert(product.id, product.title);
    m_productModel->setTitles(m_titles);
    if (const std::optional<ProductFunnel> &funnel = m_ui->analyticsFunnel->funnel())
        m_ui->analyticsFunnel->setFunnel(*funnel, m_productModel->titleOf(funnel->productId));
}

void AnalyticsPane::selectProduct()
{
    QTableView *table = m_ui->analyticsProductTable;
    if (m_productProxy->rowCount() == 0) {
        m_funnelProduct.clear();
        m_ui->analyticsFunnel->showMessage(tr("No product sold in these days."));
        return;
    }
    // Keep the product the seller looked at if it is still among the best sellers.
    int row = 0;
    for (int r = 0; r < m_productProxy->rowCount(); ++r) {
        if (m_productProxy->index(r, 0).data(ProductPerformanceTableModel::IdRole).toString() == m_funnelProduct)
            row = r;
    }
    table->selectionModel()->setCurrentIndex(
        m_productProxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    handleProductSelected();
}

void AnalyticsPane::handleProductSelected()
{
    const QModelIndex current = m_ui->analyticsProductTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(ProductPerformanceTableModel::IdRole).toString();
    const DateRange days = m_snapshot.range;
    if (id == m_funnelProduct && days == m_funnelRange)
        return; // already shown or on its way
    m_funnelProduct = id;
    m_funnelRange = days;
    m_ui->analyticsFunnel->showMessage(tr("Loading the funnel of %1…").arg(m_productModel->titleOf(id)));
    m_catalog.loadProduct(id, days);
}

void AnalyticsPane::handleProductLoaded(const QString &productId, const PerformanceInterval &interval)
{
    if (productId != m_funnelProduct)
        return;
    m_ui->analyticsFunnel->setFunnel(
        ProductFunnel::fromInterval(productId, interval), m_productModel->titleOf(productId));
}

void AnalyticsPane::handleProductFailed(const QString &productId, const ApiError &error)
{
    if (productId != m_funnelProduct || m_ui->analyticsFunnel->funnel())
        return;
    m_ui->analyticsFunnel->showMessage(ErrorPresenter::present(error).title);
}

void AnalyticsPane::updateLoadingState()
{
    const bool loading = m_catalog.isLoading();
    m_ui->analyticsLoadProgress->setVisible(loading);
    m_ui->analyticsReload->setEnabled(!loading);
}

void AnalyticsPane::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    emit loadFinished();
}

void AnalyticsPane::handleExport()
{
    QString filter;
    QString path;
    if (m_chooseExportPath) {
        path = m_chooseExportPath(&filter);
    } else {
        const QString suggested = u"shopdesk-analytics-%1.png"_s.arg(m_snapshot.range.start.toString(Qt::ISODate));
        path = QFileDialog::getSaveFileName(
            this, tr("Export analytics"), suggested, AnalyticsExporter::filters().join(u";;"_s), &filter);
    }
    if (!path.isEmpty())
        exportTo(path, filter);
}

bool AnalyticsPane::exportTo(const QString &path, const QString &selectedFilter)
{
    const AnalyticsExporter::Format format = AnalyticsExporter::formatFor(path, selectedFilter);
    const std::optional<QString> failure
        = AnalyticsExporter::write(format, path, m_ui->analyticsCharts, m_snapshot, m_titles);
    if (failure)
        m_ui->analyticsBanner->showError({tr("Export failed"), *failure, ErrorPresentation::Action::None, {}});
    return !failure;
}

} // namespace ShopDesk

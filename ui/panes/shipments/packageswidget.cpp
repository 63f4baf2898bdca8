#include "packageswidget.h"

#include <QHeaderView>
#include <QTimer>

#include "api/fulfillmentservice.h"
#include "core/clock.h"
#include "delegates/packagestatusdelegate.h"
#include "errorpresenter.h"
#include "models/displayformat.h"
#include "models/packagefiltermodel.h"
#include "models/packagetablemodel.h"
#include "sync/trackingcatalog.h"
#include "trackingpanel.h"

#include "ui_packageswidget.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

namespace {

// Status filter entries besides the statuses themselves.
constexpr int showAll = -1;
constexpr int showStuck = -2;
constexpr qint64 day = 24 * 3600;

} // namespace

PackagesWidget::PackagesWidget(PackageCatalog &catalog, TrackingCatalog &tracking, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PackagesWidget>())
    , m_catalog(catalog)
    , m_trackingCatalog(tracking)
    , m_clock(clock)
    , m_model(new PackageTableModel(this))
    , m_filterModel(new PackageFilterModel(*m_model, this))
    , m_ticker(new QTimer(this))
{
    m_ui->setupUi(this);
    populateStatusFilter();
    m_model->setNow(clock.nowSecs());

    QTableView *table = m_ui->packageTable;
    table->setModel(m_filterModel);
    table->setItemDelegate(new PackageStatusDelegate(table));
    table->sortByColumn(PackageTableModel::StatusColumn, Qt::AscendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(PackageTableModel::IdColumn, 160);
    header->resizeSection(PackageTableModel::StatusColumn, 210);
    header->resizeSection(PackageTableModel::LastEventColumn, 100);
    header->resizeSection(PackageTableModel::CarrierColumn, 120);
    header->resizeSection(PackageTableModel::TrackingColumn, 175);
    header->resizeSection(PackageTableModel::OrdersColumn, 160);
    header->resizeSection(PackageTableModel::CreatedColumn, 140);
    m_ui->packageSplitter->setStretchFactor(0, 3);
    m_ui->packageSplitter->setStretchFactor(1, 1);
    m_ui->packageLoadProgress->hide();

    connectSignals();
    m_ticker->start(1min);
}

PackagesWidget::~PackagesWidget() = default;

const QAbstractItemModel &PackagesWidget::view() const
{
    return *m_filterModel;
}

const TrackingPanel &PackagesWidget::trackingPanel() const
{
    return *m_ui->trackingPanel;
}

void PackagesWidget::connectSignals()
{
    connect(m_ui->packageSearch, &QLineEdit::textChanged, this, &PackagesWidget::handleFilterChanged);
    connect(m_ui->packageStatusFilter, &QComboBox::currentIndexChanged, this, &PackagesWidget::handleFilterChanged);
    connect(m_ui->packageReload, &QPushButton::clicked, this, &PackagesWidget::reload);
    connect(m_ui->packageExport, &QPushButton::clicked, this, &PackagesWidget::exportRequested);
    connect(m_ui->packageBanner, &MessageBanner::actionRequested, this, &PackagesWidget::reload);
    connect(m_ui->packageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PackagesWidget::handleCurrentChanged);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &PackagesWidget::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &PackagesWidget::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &PackagesWidget::updateCount);
    connect(m_ticker, &QTimer::timeout, this, &PackagesWidget::tick);
    connect(&m_catalog, &PackageCatalog::packagesLoaded, this, &PackagesWidget::handleLoaded);
    connect(&m_catalog, &PackageCatalog::refreshFailed, this, &PackagesWidget::handleFailed);
    connect(&m_catalog, &PackageCatalog::refreshProgress, this, [this](qint64 done, qint64 total) {
        m_ui->packageLoadProgress->setRange(0, static_cast<int>(total));
        m_ui->packageLoadProgress->setValue(static_cast<int>(done));
    });
}

void PackagesWidget::populateStatusFilter()
{
    QComboBox *combo = m_ui->packageStatusFilter;
    combo->addItem(tr("All packages"), showAll);
    combo->addItem(tr("To ship"), int(PackageStatus::Processing));
    combo->addItem(tr("Shipped"), int(PackageStatus::Fulfilling));
    combo->addItem(tr("Stuck: no scan for %n day(s)", nullptr, m_model->stuckAfterDays()), showStuck);
    combo->addItem(tr("Delivered"), int(PackageStatus::Completed));
    combo->addItem(tr("Cancelled"), int(PackageStatus::Cancelled));
}

void PackagesWidget::setStuckAfterDays(int days)
{
    if (days == m_model->stuckAfterDays())
        return;
    m_model->setStuckAfterDays(days);
    QComboBox *combo = m_ui->packageStatusFilter;
    combo->setItemText(combo->findData(showStuck), tr("Stuck: no scan for %n day(s)", nullptr, days));
    handleFilterChanged();
}

void PackagesWidget::reload()
{
    m_ui->packageBanner->hide();
    m_ui->packageLoadProgress->setRange(0, 0);
    m_ui->packageLoadProgress->show();
    m_ui->packageReload->setEnabled(false);
    m_catalog.refresh();
}

void PackagesWidget::tick()
{
    m_model->setNow(m_clock.nowSecs());
    handleFilterChanged(); // the stuck filter moves with the clock
}

void PackagesWidget::handleLoaded(const QList<Package> &packages, PackageCatalog::Source source)
{
    if (source == PackageCatalog::Source::Server) {
        m_ui->packageLoadProgress->hide();
        m_ui->packageReload->setEnabled(true);
        m_ui->packageBanner->hide();
    }
    const QString current = m_shownPackage;
    m_model->setNow(m_clock.nowSecs());
    m_model->setPackages(packages);
    handleFilterChanged();
    // A reload keeps the package the seller was looking at; the first load shows the top one.
    if (current.isEmpty() || !showPackage(current, source == PackageCatalog::Source::Server)) {
        m_shownPackage.clear();
        if (m_filterModel->rowCount() > 0)
            m_ui->packageTable->selectRow(0);
        else
            m_ui->trackingPanel->showNothing();
    }
    markLoaded();
}

void PackagesWidget::handleFailed(const ApiError &error, qint64 lastSyncedAt)
{
    m_ui->packageLoadProgress->hide();
    m_ui->packageReload->setEnabled(true);
    ErrorPresentation presentation = ErrorPresenter::present(error);
    if (lastSyncedAt > 0 && m_model->rowCount() > 0)
        presentation.text
            += u' ' + tr("Offline: showing the packages saved on %1.").arg(DisplayFormat::dateTime(lastSyncedAt));
    m_ui->packageBanner->showError(presentation);
    markLoaded();
}

void PackagesWidget::markLoaded()
{
    const bool first = !m_loaded;
    m_loaded = true;
    updateCount();
    if (first)
        emit loadFinished();
}

void PackagesWidget::handleFilterChanged()
{
    PackageFilter filter;
    filter.text = m_ui->packageSearch->text();
    filter.now = m_model->now();
    filter.stuckAfterDays = m_model->stuckAfterDays();
    const int shown = m_ui->packageStatusFilter->currentData().toInt();
    if (shown == showStuck)
        filter.stuckOnly = true;
    else if (shown != showAll)
        filter.status = static_cast<PackageStatus>(shown);
    m_filterModel->setFilter(filter);
    updateCount();
}

bool PackagesWidget::selectPackage(const QString &packageId)
{
    return showPackage(packageId, true);
}

bool PackagesWidget::showPackage(const QString &packageId, bool fresh)
{
    const int row = m_model->rowOfPackage(packageId);
    const QModelIndex shown = row >= 0 ? m_filterModel->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!shown.isValid())
        return false;
    m_ui->packageTable->selectRow(shown.row());
    m_ui->packageTable->scrollTo(shown);
    // Selecting the row that is already current shows it again, with fresh scans.
    if (fresh && m_shownPackage == packageId) {
        m_shownPackage.clear();
        handleCurrentChanged();
    }
    return true;
}

void PackagesWidget::handleCurrentChanged()
{
    const QModelIndex current = m_ui->packageTable->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_filterModel->mapToSource(current).row();
    const Package &package = m_model->packageAt(row);
    if (package.id == m_shownPackage)
        return;
    m_shownPackage = package.id;
    const int quietDays = m_model->isStuck(row) ? int((m_model->now() - package.updateTime) / day) : 0;
    m_ui->trackingPanel->showPackage(package, quietDays);
    if (m_tracking)
        m_tracking->cancel();
    if (package.orderIds.isEmpty()) {
        m_ui->trackingPanel->showEvents({});
        return;
    }
    // Tracking is kept per order (reference section 5.3); a package has its order's scans.
    m_ui->trackingPanel->showLoading();
    const QString &orderId = package.orderIds.first();
    Reply<QList<TrackingEvent>> *reply = m_trackingCatalog.fetch(orderId);
    m_tracking = reply;
    connect(reply, &ApiReply::finished, this,
        [this, reply, id = package.id, orderId] { handleTrackingLoaded(reply, id, orderId); });
}

void PackagesWidget::handleTrackingLoaded(
    Reply<QList<TrackingEvent>> *reply, const QString &packageId, const QString &orderId)
{
    if (packageId != m_shownPackage || (reply->hasError() && reply->error()->category == ApiErrorCategory::Cancelled))
        return;
    if (!reply->hasError()) {
        m_ui->trackingPanel->showEvents(reply->value());
        return;
    }
    if (const auto saved = m_trackingCatalog.saved(orderId)) {
        m_ui->trackingPanel->showEvents(saved->events,
            tr("Offline: the carrier's scans as read on %1.").arg(DisplayFormat::dateTime(saved->savedAt)));
        return;
    }
    m_ui->trackingPanel->showError(ErrorPresenter::present(*reply->error()).text);
}

void PackagesWidget::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_model->rowCount();
    QString text
        = shown == total ? tr("%n package(s)", nullptr, total) : tr("%1 of %n package(s)", nullptr, total).arg(shown);
    if (const int stuck = m_model->stuckCount(); stuck > 0)
        text += u" · "_s + tr("%n stuck", nullptr, stuck);
    m_ui->packageCount->setText(text);
}

} // namespace ShopDesk

#include "orderspane.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include "api/fulfillmentservice.h"
#include "core/clock.h"
#include "documents/packingslipwriter.h"
#include "errorpresenter.h"
#include "models/orderfiltermodel.h"
#include "models/ordertablemodel.h"
#include "orderdatefilter.h"
#include "orderdetailpanel.h"
#include "orderfilterbar.h"
#include "shipdialog.h"
#include "store/outbox.h"
#include "sync/aftersalecatalog.h"
#include "sync/ordercatalog.h"
#include "sync/outboxprocessor.h"
#include "sync/shippingdocuments.h"
#include "sync/shipplan.h"
#include "sync/shopoutbox.h"
#include "widgets/tableexportaction.h"

#include "ui_orderspane.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

OrdersPane::OrdersPane(OrderCatalog &catalog, FulfillmentService &fulfillment, TrackingCatalog &tracking,
    ShopOutbox *outbox, const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::OrdersPane>())
    , m_catalog(catalog)
    , m_fulfillment(fulfillment)
    , m_outbox(outbox)
    , m_documents(new ShippingDocuments(fulfillment, this))
    , m_clock(clock)
    , m_model(new OrderTableModel(this))
    , m_filterModel(new OrderFilterModel(*m_model, this))
    , m_detail(new OrderDetailPanel(tracking, this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"ordersPane"_s);
    m_filterBar = new OrderFilterBar(*m_ui->orderStatusTabs, *m_ui->orderSearch, *m_ui->orderDateFilter, this);
    m_ui->orderDateFilter->setCustomDays(today().addDays(-6), today());
    // The table keeps most of the width; the detail can be dragged wider.
    m_ui->orderSplitter->addWidget(m_detail);
    m_ui->orderSplitter->setStretchFactor(0, 3);
    m_ui->orderSplitter->setStretchFactor(1, 1);
    m_ui->orderSplitter->setSizes({1000, 300});
    m_ui->orderSplitter->setCollapsible(0, false);
    m_detail->setMinimumWidth(300);
    updateTabCounts();

    QTableView *table = m_ui->orderTable;
    table->setModel(m_filterModel);
    table->sortByColumn(OrderTableModel::CreatedColumn, Qt::DescendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Narrow enough that the columns a seller triages by fit beside the detail panel; the rest
    // scroll, and the last one takes what is left.
    header->setStretchLastSection(true);
    header->resizeSection(OrderTableModel::IdColumn, 150);
    header->resizeSection(OrderTableModel::CreatedColumn, 125);
    header->resizeSection(OrderTableModel::StatusColumn, 125);
    header->resizeSection(OrderTableModel::AttentionColumn, 130);
    header->resizeSection(OrderTableModel::BuyerColumn, 80);
    header->resizeSection(OrderTableModel::ItemsColumn, 140);
    header->resizeSection(OrderTableModel::TotalColumn, 80);
    header->resizeSection(OrderTableModel::ShipByColumn, 125);
    header->resizeSection(OrderTableModel::ShippingColumn, 110);
    header->resizeSection(OrderTableModel::TrackingColumn, 160);
    m_ui->orderLoadProgress->hide();
    m_ui->orderShipProgress->hide();
    m_ui->orderShipCancel->hide();
    header->resizeSection(OrderTableModel::ShipResultColumn, 200);
    // Empty until the seller ships from here: shown with the first result.
    header->hideSection(OrderTableModel::ShipResultColumn);
    if (!m_outbox) {
        m_ui->orderShip->setEnabled(false);
        m_ui->orderShip->setToolTip(tr("Shipping needs the local cache, which could not be opened."));
    }

    connectSignals();
    m_countdown->start(1min);
    reload();
}

OrdersPane::~OrdersPane() = default;

QString OrdersPane::paneId() const
{
    return u"orders"_s;
}

QString OrdersPane::title() const
{
    return tr("Orders");
}

QStringList OrdersPane::screenshotViews() const
{
    return {u"needs-action"_s};
}

QWidget *OrdersPane::showScreenshotView(const QString &view)
{
    if (view == u"needs-action") {
        m_ui->orderStatusTabs->setCurrentIndex(needsActionTab());
        // An order a buyer wants to cancel says the most about the detail panel.
        QModelIndex shown = m_filterModel->index(0, 0);
        for (int row = 0; row < m_filterModel->rowCount(); ++row) {
            const OrderRow &order = m_model->rowAt(m_filterModel->mapToSource(m_filterModel->index(row, 0)).row());
            if (m_model->attention().reasonsFor(order).testFlag(OrderAttention::Reason::CancellationRequested)) {
                shown = m_filterModel->index(row, 0);
                break;
            }
        }
        m_ui->orderTable->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::NoUpdate);
    }
    return nullptr;
}

QList<OrderStatus> OrdersPane::tabStatuses()
{
    return OrderFilterBar::tabStatuses();
}

void OrdersPane::connectSignals()
{
    connect(m_filterBar, &OrderFilterBar::filterChanged, this, &OrdersPane::handleFilterChanged);
    connect(m_ui->orderTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OrdersPane::showCurrentOrder);
    connect(m_model, &OrderTableModel::attentionChanged, this, &OrdersPane::updateTabCounts);
    connect(m_ui->orderReload, &QPushButton::clicked, this, &OrdersPane::reload);
    connect(m_ui->orderBanner, &MessageBanner::actionRequested, this, [this] {
        if (m_batch.isEmpty())
            reload();
        else
            retryFailedShipments();
    });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &OrdersPane::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &OrdersPane::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &OrdersPane::updateCount);
    // A new filter sorts and filters afresh, which the proxy announces as a layout change.
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &OrdersPane::updateCount);
    connect(m_countdown, &QTimer::timeout, this, &OrdersPane::handleMinuteTick);
    connect(&m_catalog, &OrderCatalog::ordersPreviewed, this, &OrdersPane::handlePreview);
    connect(&m_catalog, &OrderCatalog::ordersLoaded, this, &OrdersPane::handleLoaded);
    connect(m_ui->orderShip, &QPushButton::clicked, this, &OrdersPane::openShipDialog);
    setUpDocumentsMenu();
    if (m_outbox) {
        connect(&m_outbox->processor(), &OutboxProcessor::commandChanged, this, &OrdersPane::handleCommandChanged);
        connect(m_ui->orderShipCancel, &QPushButton::clicked, &m_outbox->processor(), &OutboxProcessor::cancel);
        connect(&m_outbox->processor(), &OutboxProcessor::stopped, this, [this](const QString &error) {
            if (!error.isEmpty()) {
                ErrorPresentation presentation;
                presentation.title = tr("Shipping stopped");
                presentation.text = error;
                m_ui->orderBanner->showError(presentation);
            }
            if (!m_outbox->processor().isRunning())
                finishBatch();
        });
        auto *ship = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
        ship->setContext(Qt::WidgetWithChildrenShortcut);
        connect(ship, &QShortcut::activated, this, &OrdersPane::openShipDialog);
    }
    connect(&m_catalog, &OrderCatalog::refreshFailed, this, &OrdersPane::handleFailed);
    connect(&m_catalog, &OrderCatalog::refreshProgress, this, [this](qint64 done, qint64 total) {
        m_ui->orderLoadProgress->setRange(0, static_cast<int>(total));
        m_ui->orderLoadProgress->setValue(static_cast<int>(done));
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_ui->orderSearch, [this] {
        m_ui->orderSearch->setFocus(Qt::ShortcutFocusReason);
        m_ui->orderSearch->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &OrdersPane::reload);
    new TableExportAction(
        *this, [this] { return m_ui->orderTable; }, u"shopdesk-orders"_s);
}

void OrdersPane::reload()
{
    m_ui->orderBanner->hide();
    m_ui->orderLoadProgress->setRange(0, 0);
    m_ui->orderLoadProgress->show();
    m_ui->orderReload->setEnabled(false);
    m_catalog.refresh();
    if (m_aftersales)
        m_aftersales->refresh();
}

void OrdersPane::setAftersales(AftersaleCatalog &aftersales)
{
    m_aftersales = &aftersales;
    connect(&aftersales, &AftersaleCatalog::aftersalesLoaded, this,
        [this](const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations) {
            m_model->setOpenRequests(returns, cancellations);
            showCurrentOrder();
        });
    aftersales.refresh();
}

void OrdersPane::handlePreview(const OrderRows &newest)
{
    // The first screen of a large cache, shown while the rest loads; never over orders already shown.
    if (m_model->rowCount() > 0)
        return;
    m_model->setNow(m_clock.nowSecs());
    m_model->setRows(newest);
    m_ui->orderCount->setText(tr("Loading all orders…"));
}

void OrdersPane::handleLoaded(const OrderRows &orders, OrderCatalog::Source source)
{
    if (source == OrderCatalog::Source::Server) {
        m_ui->orderLoadProgress->hide();
        m_ui->orderReload->setEnabled(true);
    }
    // A sync brings new data, not a new selection: the seller's rows stay selected.
    QStringList selected;
    for (const QModelIndex &row : m_ui->orderTable->selectionModel()->selectedRows())
        selected.append(row.data(OrderTableModel::IdRole).toString());
    const QString current = m_ui->orderTable->currentIndex().data(OrderTableModel::IdRole).toString();
    m_model->setNow(m_clock.nowSecs());
    // A sync that changed nothing brings the rows already shown: no need to sort and filter afresh.
    if (!m_model->rows().isSharedWith(orders))
        m_model->setRows(orders);
    QItemSelection keep;
    for (const QString &id : std::as_const(selected)) {
        const int row = m_model->rowOfOrder(id);
        const QModelIndex shown = row < 0 ? QModelIndex() : m_filterModel->mapFromSource(m_model->index(row, 0));
        if (shown.isValid())
            keep.select(shown, shown);
    }
    m_ui->orderTable->selectionModel()->select(keep, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // The detail stays on its order; the first time, it shows the newest one (without selecting it,
    // so that Ship still means "every order shown").
    const int currentRow = m_model->rowOfOrder(current.isEmpty() ? m_detail->shownOrderId() : current);
    QModelIndex currentIndex
        = currentRow < 0 ? QModelIndex() : m_filterModel->mapFromSource(m_model->index(currentRow, 0));
    if (!currentIndex.isValid() && m_detail->shownOrderId().isEmpty())
        currentIndex = m_filterModel->index(0, 0);
    if (currentIndex.isValid())
        m_ui->orderTable->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    markLoaded();
}

void OrdersPane::handleFailed(const ApiError &error, qint64 lastSyncedAt)
{
    m_ui->orderLoadProgress->hide();
    m_ui->orderReload->setEnabled(true);
    ErrorPresentation presentation = ErrorPresenter::present(error);
    if (lastSyncedAt > 0 && m_model->rowCount() > 0) {
        const QString when
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(lastSyncedAt).toLocalTime(), QLocale::ShortFormat);
        presentation.text += u' ' + tr("Offline: showing the orders saved on %1.").arg(when);
    }
    m_ui->orderBanner->showError(presentation);
    markLoaded();
}

void OrdersPane::markLoaded()
{
    m_loaded = true;
    updateTabCounts();
    updateCount();
    emit loadFinished();
}

void OrdersPane::handleFilterChanged()
{
    m_filterModel->setFilter(m_filterBar->filter(today()));
}

void OrdersPane::handleMinuteTick()
{
    m_model->setNow(m_clock.nowSecs());
    // "Today" and "Last 7 days" move on at midnight.
    if (m_ui->orderDateFilter->range(today()) != m_filterModel->filter().created)
        handleFilterChanged();
}

QDate OrdersPane::today() const
{
    return QDateTime::fromSecsSinceEpoch(m_clock.nowSecs()).toLocalTime().date();
}

void OrdersPane::showCurrentOrder()
{
    const QModelIndex current = m_ui->orderTable->currentIndex();
    if (!current.isValid()) {
        if (m_detail->shownOrderId().isEmpty() || m_model->rowOfOrder(m_detail->shownOrderId()) < 0)
            m_detail->showNothing();
        return;
    }
    // The table holds rows; the detail reads the whole order from the cache.
    const std::optional<Order> order = m_catalog.order(m_model->rowAt(m_filterModel->mapToSource(current).row()).id);
    if (order)
        m_detail->showOrder(*order, m_model->attention());
    else
        m_detail->showNothing();
}

void OrdersPane::updateTabCounts()
{
    m_filterBar->updateCounts(*m_model);
}

void OrdersPane::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_model->rowCount();
    m_ui->orderCount->setText(
        shown == total ? tr("%n order(s)", nullptr, total) : tr("%1 of %n order(s)", nullptr, total).arg(shown));
}

QList<Order> OrdersPane::ordersToShip() const
{
    QStringList ids;
    const QModelIndexList selected = m_ui->orderTable->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        for (const QModelIndex &row : selected)
            ids.append(m_model->rowAt(m_filterModel->mapToSource(row).row()).id);
    } else {
        for (int row = 0; row < m_filterModel->rowCount(); ++row)
            ids.append(m_model->rowAt(m_filterModel->mapToSource(m_filterModel->index(row, 0)).row()).id);
    }
    if (ids.isEmpty())
        return {};
    // The whole orders, which the table does not keep, from the cache.
    Result<QList<Order>> orders = m_catalog.ordersByIds(ids);
    if (!orders) {
        ErrorPresentation presentation;
        presentation.title = tr("The orders could not be read from the cache");
        presentation.text = orders.error().message;
        m_ui->orderBanner->showError(presentation);
        return {};
    }
    return std::move(orders).value();
}

void OrdersPane::openShipDialog()
{
    if (!m_outbox)
        return;
    const QList<Order> orders = ordersToShip();
    if (orders.isEmpty())
        return;
    ShipDialog dialog(m_fulfillment, orders, this);
    if (dialog.exec() == QDialog::Accepted && dialog.plan())
        ship(*dialog.plan());
}

void OrdersPane::ship(const ShipPlan &plan)
{
    if (!m_outbox || plan.validCount() == 0)
        return;
    m_batch.clear();
    // Known before the commands are stored, so that their first state changes count.
    m_batchId = ShopOutbox::newBatchId();
    Result<QString> batch = m_outbox->submitShipments(plan, m_batchId);
    if (!batch) {
        m_batchId.clear();
        ErrorPresentation presentation;
        presentation.title = tr("The shipments could not be saved");
        presentation.text = batch.error().message;
        m_ui->orderBanner->showError(presentation);
        return;
    }
    m_ui->orderBanner->hide();
    m_ui->orderShipProgress->setRange(0, plan.validCount());
    m_ui->orderShipProgress->setValue(0);
    m_ui->orderShipProgress->show();
    m_ui->orderShipCancel->show();
}

void OrdersPane::handleCommandChanged(const OutboxCommand &command)
{
    if (command.kind != CommandKind::ShipPackage)
        return;
    m_model->setShipResult(command.payload.value(u"order_id").toString(), command.state, command.lastError);
    m_ui->orderTable->horizontalHeader()->showSection(OrderTableModel::ShipResultColumn);
    if (m_batchId.isEmpty() || command.batchId != m_batchId)
        return;
    m_batch.insert(command.clientId, command);
    int settled = 0;
    for (const OutboxCommand &entry : std::as_const(m_batch))
        settled += entry.state == OutboxState::Done || entry.state == OutboxState::Failed
            || entry.state == OutboxState::NeedsReview;
    m_ui->orderShipProgress->setValue(settled);
}

void OrdersPane::finishBatch()
{
    if (m_batchId.isEmpty() || m_batch.isEmpty())
        return;
    int shipped = 0;
    int failed = 0;
    int waiting = 0;
    for (const OutboxCommand &entry : std::as_const(m_batch)) {
        shipped += entry.state == OutboxState::Done;
        failed += entry.state == OutboxState::Failed || entry.state == OutboxState::NeedsReview;
        waiting += entry.state == OutboxState::Pending || entry.state == OutboxState::Sending;
    }
    m_ui->orderShipProgress->hide();
    m_ui->orderShipCancel->hide();
    QString text = tr("%n package(s) shipped.", nullptr, shipped);
    if (failed > 0)
        text += u' ' + tr("%n failed; the Shipping result column says why.", nullptr, failed);
    if (waiting > 0)
        text += u' ' + tr("%n not sent yet; they stay in Changes → Pending changes.", nullptr, waiting);
    m_ui->orderBanner->showInfo(tr("Shipping finished"), text, failed > 0 ? tr("Retry failed rows") : QString());
    if (failed == 0)
        m_batch.clear();
    // The shipped orders moved on: bring them in.
    m_catalog.refresh();
}

void OrdersPane::retryFailedShipments()
{
    QStringList failed;
    for (const OutboxCommand &entry : std::as_const(m_batch)) {
        if (entry.state == OutboxState::Failed || entry.state == OutboxState::NeedsReview)
            failed.append(entry.clientId);
    }
    if (failed.isEmpty() || !m_outbox)
        return;
    m_ui->orderBanner->hide();
    m_ui->orderShipProgress->setRange(0, int(m_batch.size()));
    m_ui->orderShipProgress->show();
    m_ui->orderShipCancel->show();
    if (auto error = m_outbox->processor().retry(failed)) {
        ErrorPresentation presentation;
        presentation.title = tr("The failed rows could not be sent again");
        presentation.text = error->message;
        m_ui->orderBanner->showError(presentation);
    }
}

void OrdersPane::setUpDocumentsMenu()
{
    auto *menu = new QMenu(m_ui->orderDocuments);
    menu->addAction(tr("Shipping labels (PDF)…"), this, [this] { chooseAndSave(0); });
    menu->addAction(tr("Packing slips (PDF)…"), this, [this] { chooseAndSave(1); });
    menu->addAction(tr("Pick list (PDF)…"), this, [this] { chooseAndSave(2); });
    m_ui->orderDocuments->setMenu(menu);
    // Room for the menu arrow next to the text, in every language.
    m_ui->orderDocuments->setMinimumWidth(
        m_ui->orderDocuments->fontMetrics().horizontalAdvance(m_ui->orderDocuments->text()) + 40);
}

void OrdersPane::chooseAndSave(int kind)
{
    if (ordersToShip().isEmpty())
        return;
    const QStringList names{u"shipping-labels"_s, u"packing-slips"_s, u"pick-list"_s};
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + names.at(kind) + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s) + u".pdf"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (kind > 0) {
        const QString error = savePackingSlips(path, kind == 2);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("The PDF could not be saved"), error);
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(path)); // print from the PDF viewer
        return;
    }
    auto *progress = new QProgressDialog(tr("Fetching shipping labels…"), tr("Cancel"), 0, 0, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    ApiReply *reply = saveShippingLabels(path);
    connect(progress, &QProgressDialog::canceled, reply, &ApiReply::cancel);
    connect(reply, &ApiReply::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(done));
    });
    connect(reply, &ApiReply::finished, this, [this, reply, progress, path] {
        progress->close();
        if (reply->hasError()) {
            if (reply->error()->category != ApiErrorCategory::Cancelled)
                m_ui->orderBanner->showError(ErrorPresenter::present(*reply->error()));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

ApiReply *OrdersPane::saveShippingLabels(const QString &path)
{
    QStringList packageIds;
    for (const Order &order : ordersToShip())
        packageIds += order.packageIds;
    auto *saved = new Reply<QString>(this);
    chainReply(m_documents->fetchMerged(packageIds, ShippingDocumentType::ShippingLabel), saved,
        [path](const Reply<QByteArray> &merged) -> Result<QString> {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(merged.value()) != merged.value().size())
                return Error{tr("The PDF could not be saved: %1").arg(file.errorString()), path};
            return path;
        });
    return saved;
}

QString OrdersPane::savePackingSlips(const QString &path, bool pickListOnly)
{
    return PackingSlipWriter::writePdf(path, ordersToShip(), m_shopName,
        pickListOnly ? PackingSlipWriter::Contents::PickList : PackingSlipWriter::Contents::Both);
}

} // namespace ShopDesk

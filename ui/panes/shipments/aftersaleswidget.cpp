#include "aftersaleswidget.h"

#include <QHeaderView>
#include <QTimer>

#include "delegates/aftersalestatusdelegate.h"
#include "errorpresenter.h"
#include "models/aftersalefiltermodel.h"
#include "models/aftersaletablemodel.h"
#include "models/displayformat.h"
#include "rejectreasondialog.h"
#include "sync/aftersalecommandhandler.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

#include "ui_aftersaleswidget.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

AftersalesWidget::AftersalesWidget(
    AftersaleCatalog &catalog, ReturnService &returns, ShopOutbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AftersalesWidget>())
    , m_catalog(catalog)
    , m_returns(returns)
    , m_outbox(outbox)
    , m_model(new AftersaleTableModel(this))
    , m_filterModel(new AftersaleFilterModel(*m_model, this))
    , m_refreshSoon(new QTimer(this))
{
    m_ui->setupUi(this);
    populateViews();
    QTableView *table = m_ui->aftersaleTable;
    table->setModel(m_filterModel);
    table->setItemDelegate(new AftersaleStatusDelegate(table));
    table->sortByColumn(AftersaleTableModel::RespondByColumn, Qt::AscendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(AftersaleTableModel::TypeColumn, 120);
    header->resizeSection(AftersaleTableModel::IdColumn, 160);
    header->resizeSection(AftersaleTableModel::OrderColumn, 150);
    header->resizeSection(AftersaleTableModel::StatusColumn, 160);
    header->resizeSection(AftersaleTableModel::ReasonColumn, 180);
    header->resizeSection(AftersaleTableModel::RefundColumn, 80);
    header->resizeSection(AftersaleTableModel::RequestedColumn, 125);
    header->resizeSection(AftersaleTableModel::RespondByColumn, 125);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(1s);
    if (!m_outbox) {
        for (QPushButton *button : {m_ui->aftersaleApprove, m_ui->aftersaleReject})
            button->setToolTip(tr("Decisions need the local cache, which could not be opened."));
    }
    connectSignals();
    updateButtons();
}

AftersalesWidget::~AftersalesWidget() = default;

const QAbstractItemModel &AftersalesWidget::view() const
{
    return *m_filterModel;
}

void AftersalesWidget::connectSignals()
{
    connect(m_ui->aftersaleSearch, &QLineEdit::textChanged, this, &AftersalesWidget::handleFilterChanged);
    connect(m_ui->aftersaleView, &QComboBox::currentIndexChanged, this, &AftersalesWidget::handleFilterChanged);
    connect(m_ui->aftersaleReload, &QPushButton::clicked, this, &AftersalesWidget::reload);
    connect(m_ui->aftersaleExport, &QPushButton::clicked, this, &AftersalesWidget::exportRequested);
    connect(m_ui->aftersaleApprove, &QPushButton::clicked, this, &AftersalesWidget::approveSelected);
    connect(m_ui->aftersaleReject, &QPushButton::clicked, this, &AftersalesWidget::openRejectDialog);
    connect(m_ui->aftersaleBanner, &MessageBanner::actionRequested, this, &AftersalesWidget::reload);
    connect(m_ui->aftersaleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AftersalesWidget::updateButtons);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &AftersalesWidget::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &AftersalesWidget::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &AftersalesWidget::updateCount);
    connect(m_refreshSoon, &QTimer::timeout, &m_catalog, &AftersaleCatalog::refresh);
    connect(&m_catalog, &AftersaleCatalog::aftersalesLoaded, this, &AftersalesWidget::handleLoaded);
    connect(&m_catalog, &AftersaleCatalog::refreshFailed, this, &AftersalesWidget::handleFailed);
    if (m_outbox)
        connect(
            &m_outbox->processor(), &OutboxProcessor::commandChanged, this, &AftersalesWidget::handleCommandChanged);
}

void AftersalesWidget::populateViews()
{
    QComboBox *combo = m_ui->aftersaleView;
    combo->addItem(tr("Waiting for your answer"), int(AftersaleFilter::View::NeedsAction));
    combo->addItem(tr("All requests"), int(AftersaleFilter::View::All));
    combo->addItem(tr("Returns and refunds"), int(AftersaleFilter::View::Returns));
    combo->addItem(tr("Cancellations"), int(AftersaleFilter::View::Cancellations));
}

void AftersalesWidget::setView(AftersaleFilter::View view)
{
    m_ui->aftersaleView->setCurrentIndex(m_ui->aftersaleView->findData(int(view)));
}

void AftersalesWidget::reload()
{
    m_ui->aftersaleBanner->hide();
    m_ui->aftersaleReload->setEnabled(false);
    m_ui->aftersaleCount->setText(tr("Loading…"));
    m_catalog.refresh();
}

void AftersalesWidget::handleLoaded(
    const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations, AftersaleCatalog::Source source)
{
    if (source == AftersaleCatalog::Source::Server)
        m_ui->aftersaleReload->setEnabled(true);
    m_model->setCases(returns, cancellations);
    markLoaded();
}

void AftersalesWidget::handleFailed(const ApiError &error, qint64 lastSyncedAt)
{
    m_ui->aftersaleReload->setEnabled(true);
    ErrorPresentation presentation = ErrorPresenter::present(error);
    if (lastSyncedAt > 0 && m_model->rowCount() > 0)
        presentation.text
            += u' ' + tr("Offline: showing the requests saved on %1.").arg(DisplayFormat::dateTime(lastSyncedAt));
    m_ui->aftersaleBanner->showError(presentation);
    markLoaded();
}

void AftersalesWidget::markLoaded()
{
    const bool first = !m_loaded;
    m_loaded = true;
    updateCount();
    updateButtons();
    if (first)
        emit loadFinished();
}

void AftersalesWidget::handleFilterChanged()
{
    AftersaleFilter filter;
    filter.view = static_cast<AftersaleFilter::View>(m_ui->aftersaleView->currentData().toInt());
    filter.text = m_ui->aftersaleSearch->text();
    m_filterModel->setFilter(filter);
    updateCount();
    updateButtons();
}

QList<AftersaleCase> AftersalesWidget::selectedCases() const
{
    QList<AftersaleCase> cases;
    const QModelIndexList rows = m_ui->aftersaleTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        cases.append(m_model->caseAt(m_filterModel->mapToSource(row).row()));
    return cases;
}

int AftersalesWidget::approveSelected()
{
    QList<AftersaleDecision> decisions;
    for (const AftersaleCase &item : selectedCases()) {
        const auto decision = item.isReturn() ? AftersaleCommandHandler::approve(item.returnRequest)
                                              : AftersaleCommandHandler::approve(item.cancellation);
        if (decision)
            decisions.append(*decision);
    }
    return submit(decisions);
}

int AftersalesWidget::rejectSelected(const RejectReason &reason, const QString &comment)
{
    QList<AftersaleDecision> decisions;
    for (const AftersaleCase &item : selectedCases()) {
        const auto decision = item.isReturn() ? AftersaleCommandHandler::reject(item.returnRequest, reason, comment)
                                              : AftersaleCommandHandler::reject(item.cancellation, reason, comment);
        if (decision)
            decisions.append(*decision);
    }
    return submit(decisions);
}

void AftersalesWidget::openRejectDialog()
{
    QList<AftersaleCase> waiting;
    for (const AftersaleCase &item : selectedCases()) {
        if (item.awaitsSeller())
            waiting.append(item);
    }
    if (!m_outbox || waiting.isEmpty()) {
        showNote(tr("Nothing to reject"), tr("None of the selected requests waits for your answer."));
        return;
    }
    // The server offers reasons per kind of request, so one dialog serves one kind only.
    const bool sameKind = std::all_of(waiting.cbegin(), waiting.cend(), [&waiting](const AftersaleCase &item) {
        return item.isReturn() == waiting.first().isReturn()
            && (!item.isReturn()
                || item.returnRequest.rejectDecision() == waiting.first().returnRequest.rejectDecision());
    });
    if (!sameKind) {
        showNote(tr("Reject one kind at a time"),
            tr("Returns, received parcels and cancellations take different reasons: select one kind."));
        return;
    }
    RejectReasonDialog dialog(m_returns, waiting.first().id(), int(waiting.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        rejectSelected(dialog.reason(), dialog.comment());
}

int AftersalesWidget::submit(const QList<AftersaleDecision> &decisions)
{
    if (!m_outbox)
        return 0;
    if (decisions.isEmpty()) {
        showNote(tr("Nothing to send"), tr("None of the selected requests waits for your answer."));
        return 0;
    }
    m_unsettled.clear();
    m_sent = m_failed = 0;
    for (const AftersaleDecision &decision : decisions)
        m_unsettled.insert(decision.objectId);
    m_ui->aftersaleBanner->hide();
    Result<QString> batch = m_outbox->submitAftersaleDecisions(decisions);
    if (!batch) {
        m_unsettled.clear();
        ErrorPresentation presentation;
        presentation.title = tr("The decisions could not be saved");
        presentation.text = batch.error().message;
        m_ui->aftersaleBanner->showError(presentation);
        return 0;
    }
    return int(decisions.size());
}

void AftersalesWidget::handleCommandChanged(const OutboxCommand &command)
{
    if (!AftersaleCommandHandler::isAftersaleKind(command.kind))
        return;
    m_model->setChangeState(command.objectId, command.state, command.lastError);
    if (command.state == OutboxState::Done) {
        m_model->applyStatus(command.objectId, command.payload.value(u"status_after").toString());
        m_refreshSoon->start();
    }
    const bool settled = command.state == OutboxState::Done || command.state == OutboxState::Failed
        || command.state == OutboxState::NeedsReview;
    if (!settled || !m_unsettled.remove(command.objectId))
        return;
    if (command.state == OutboxState::Done)
        ++m_sent;
    else
        ++m_failed;
    updateButtons();
    if (!m_unsettled.isEmpty())
        return;
    const QString text = m_failed == 0
        ? tr("%n decision(s) sent.", nullptr, m_sent)
        : tr("%n decision(s) sent; %1 failed — the “Your decision” column says why.", nullptr, m_sent).arg(m_failed);
    showNote(tr("Decisions sent"), text);
}

void AftersalesWidget::showNote(const QString &title, const QString &text)
{
    m_ui->aftersaleBanner->showInfo(title, text);
}

void AftersalesWidget::updateButtons()
{
    const QList<AftersaleCase> selected = selectedCases();
    const bool any = std::any_of(selected.cbegin(), selected.cend(),
        [this](const AftersaleCase &item) { return item.awaitsSeller() && !m_unsettled.contains(item.id()); });
    m_ui->aftersaleApprove->setEnabled(m_outbox && any);
    m_ui->aftersaleReject->setEnabled(m_outbox && any);
}

void AftersalesWidget::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_model->rowCount();
    int waiting = 0;
    for (int row = 0; row < total; ++row)
        waiting += m_model->caseAt(row).awaitsSeller() ? 1 : 0;
    const QString count
        = shown == total ? tr("%n request(s)", nullptr, total) : tr("%1 of %n request(s)", nullptr, total).arg(shown);
    m_ui->aftersaleCount->setText(count + u" · "_s + tr("%n waiting for you", nullptr, waiting));
}

} // namespace ShopDesk

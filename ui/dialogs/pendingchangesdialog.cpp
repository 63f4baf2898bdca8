#include "pendingchangesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/outboxtablemodel.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

PendingChangesDialog::PendingChangesDialog(ShopOutbox &outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_model(new OutboxTableModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
{
    setObjectName(u"pendingChangesDialog"_s);
    setWindowTitle(tr("Pending changes"));
    resize(900, 420);
    m_table->setObjectName(u"pendingChangesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OutboxTableModel::ObjectColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxTableModel::ErrorColumn, QHeaderView::Stretch);
    m_retry->setObjectName(u"retryChanges"_s);
    m_retry->setToolTip(tr("Send the selected failed changes again"));
    m_discard->setObjectName(u"discardChanges"_s);
    m_discard->setToolTip(tr("Give up the selected changes; they stay in the change history"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &PendingChangesDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesDialog::discardSelected);
    connect(&m_outbox.processor(), &OutboxProcessor::commandChanged, m_model, &OutboxTableModel::updateCommand);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PendingChangesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PendingChangesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PendingChangesDialog::updateButtons);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PendingChangesDialog::updateButtons);
    reload();
}

void PendingChangesDialog::reload()
{
    auto commands = m_outbox.outbox().load(
        m_outbox.shopId(), {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed, OutboxState::NeedsReview});
    if (!commands) {
        m_summary->setText(tr("The list of changes could not be read: %1").arg(commands.error().message));
        return;
    }
    m_model->setCommands(commands.value());
    updateButtons();
}

QStringList PendingChangesDialog::selectedClientIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const auto state = OutboxState(row.data(OutboxTableModel::StateRole).toInt());
        if (state == OutboxState::Failed || state == OutboxState::NeedsReview || state == OutboxState::Pending)
            ids.append(row.data(OutboxTableModel::ClientIdRole).toString());
    }
    return ids;
}

void PendingChangesDialog::updateButtons()
{
    int needsSeller = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OutboxState state = m_model->commandAt(row).state;
        needsSeller += state == OutboxState::Failed || state == OutboxState::NeedsReview;
    }
    const int total = m_model->rowCount();
    m_summary->setText(total == 0 ? tr("Every change has been sent.")
                                  : tr("%n change(s) not done yet; %1 need you.", nullptr, total).arg(needsSeller));
    const bool any = !selectedClientIds().isEmpty();
    m_retry->setEnabled(any);
    m_discard->setEnabled(any);
}

void PendingChangesDialog::retrySelected()
{
    if (auto error = m_outbox.processor().retry(selectedClientIds()))
        QMessageBox::warning(this, windowTitle(), error->message);
}

void PendingChangesDialog::discardSelected()
{
    const QStringList ids = selectedClientIds();
    if (ids.isEmpty())
        return;
    if (auto error = m_outbox.processor().discard(ids))
        QMessageBox::warning(this, windowTitle(), error->message);
}

} // namespace ShopDesk

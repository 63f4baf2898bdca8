#include "collaborationswidget.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "api/affiliateservice.h"
#include "core/clock.h"
#include "models/opencollaborationtablemodel.h"
#include "models/targetcollaborationtablemodel.h"

#include "ui_collaborationswidget.h"

namespace ShopDesk {

namespace {

void setUpTable(QTableView *table, QAbstractItemModel *model, int stretchColumn, int sortColumn)
{
    auto *sorted = new QSortFilterProxyModel(table);
    sorted->setSourceModel(model);
    sorted->setSortRole(Qt::UserRole);
    table->setModel(sorted);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
}

} // namespace

CollaborationsWidget::CollaborationsWidget(AffiliateService &service, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CollaborationsWidget>())
    , m_service(service)
    , m_clock(clock)
    , m_openModel(new OpenCollaborationTableModel(this))
    , m_targetModel(new TargetCollaborationTableModel(this))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->openTable, m_openModel, OpenCollaborationTableModel::ProductColumn,
        OpenCollaborationTableModel::StartColumn);
    setUpTable(m_ui->targetTable, m_targetModel, TargetCollaborationTableModel::NameColumn,
        TargetCollaborationTableModel::StartColumn);
    m_ui->collaborationSplitter->setStretchFactor(0, 3);
    m_ui->collaborationSplitter->setStretchFactor(1, 2);
    connect(m_ui->newOpenCollaboration, &QPushButton::clicked, this, &CollaborationsWidget::newOpenRequested);
    connect(m_ui->newTargetCollaboration, &QPushButton::clicked, this, &CollaborationsWidget::newTargetRequested);
    connect(m_ui->collaborationReload, &QPushButton::clicked, this, &CollaborationsWidget::reload);
}

CollaborationsWidget::~CollaborationsWidget() = default;

bool CollaborationsWidget::isLoading() const
{
    return m_outstanding > 0;
}

void CollaborationsWidget::reload()
{
    if (m_openPending)
        m_openPending->cancel();
    if (m_targetPending)
        m_targetPending->cancel();
    m_outstanding = 2;
    m_firstError.reset();
    m_ui->collaborationReload->setEnabled(false);
    Reply<QList<OpenCollaboration>> *open = m_service.searchOpenCollaborations();
    m_openPending = open;
    connect(open, &ApiReply::finished, this, [this, open] { handleOpen(open); });
    Reply<QList<TargetCollaboration>> *target = m_service.searchTargetCollaborations();
    m_targetPending = target;
    connect(target, &ApiReply::finished, this, [this, target] { handleTarget(target); });
}

void CollaborationsWidget::handleOpen(Reply<QList<OpenCollaboration>> *reply)
{
    if (reply->hasError()) {
        if (reply->error()->category == ApiErrorCategory::Cancelled)
            return;
        m_firstError = m_firstError.value_or(*reply->error());
    } else {
        m_openModel->setRecords(reply->value());
    }
    finishIfDone();
}

void CollaborationsWidget::handleTarget(Reply<QList<TargetCollaboration>> *reply)
{
    if (reply->hasError()) {
        if (reply->error()->category == ApiErrorCategory::Cancelled)
            return;
        m_firstError = m_firstError.value_or(*reply->error());
    } else {
        m_targetModel->setNow(m_clock.nowSecs());
        m_targetModel->setRecords(reply->value());
    }
    finishIfDone();
}

void CollaborationsWidget::finishIfDone()
{
    if (--m_outstanding > 0)
        return;
    m_ui->collaborationReload->setEnabled(true);
    updateCount();
    emit loadFinished(m_firstError);
}

void CollaborationsWidget::updateCount()
{
    m_ui->collaborationCount->setText(
        tr("%1 open, %2 target", "collaboration counts").arg(m_openModel->rowCount()).arg(m_targetModel->rowCount()));
}

} // namespace ShopDesk

#include "collaborationswidget.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "core/clock.h"
#include "models/opencollaborationtablemodel.h"
#include "models/targetcollaborationtablemodel.h"
#include "sync/collaborationcatalog.h"

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

CollaborationsWidget::CollaborationsWidget(CollaborationCatalog &catalog, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CollaborationsWidget>())
    , m_catalog(catalog)
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
    connect(&m_catalog, &CollaborationCatalog::collaborationsLoaded, this,
        [this](const QList<OpenCollaboration> &open, const QList<TargetCollaboration> &target,
            CacheFirstCatalog::Source source) {
            showLists(open, target);
            m_showsCached = source == CacheFirstCatalog::Source::Cache;
            if (!m_showsCached) {
                m_ui->collaborationReload->setEnabled(true);
                emit loadFinished(std::nullopt, 0);
            }
        });
    connect(&m_catalog, &CollaborationCatalog::loadFailed, this, [this](const ApiError &error, qint64 lastSyncedAt) {
        m_ui->collaborationReload->setEnabled(true);
        emit loadFinished(error, m_showsCached ? lastSyncedAt : 0);
    });
}

CollaborationsWidget::~CollaborationsWidget() = default;

bool CollaborationsWidget::isLoading() const
{
    return m_catalog.isLoading();
}

void CollaborationsWidget::reload()
{
    m_showsCached = false;
    m_ui->collaborationReload->setEnabled(false);
    m_catalog.load();
}

void CollaborationsWidget::showLists(const QList<OpenCollaboration> &open, const QList<TargetCollaboration> &target)
{
    m_openModel->setRecords(open);
    m_targetModel->setNow(m_clock.nowSecs());
    m_targetModel->setRecords(target);
    updateCount();
}

void CollaborationsWidget::updateCount()
{
    m_ui->collaborationCount->setText(
        tr("%1 open, %2 target", "collaboration counts").arg(m_openModel->rowCount()).arg(m_targetModel->rowCount()));
}

} // namespace ShopDesk

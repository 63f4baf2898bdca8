#include "creatorsearchwidget.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "models/creatortablemodel.h"
#include "panes/affiliates/creatoravatarmodel.h"
#include "sync/creatorcatalog.h"

#include "ui_creatorsearchwidget.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CreatorSearchWidget::CreatorSearchWidget(CreatorCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CreatorSearchWidget>())
    , m_catalog(catalog)
    , m_model(new CreatorTableModel(this))
    , m_avatars(new CreatorAvatarModel(catalog.service(), this))
{
    m_ui->setupUi(this);
    m_ui->creatorPageSize->addItem(QString::number(int(CreatorPageSize::Small)), int(CreatorPageSize::Small));
    m_ui->creatorPageSize->addItem(QString::number(int(CreatorPageSize::Large)), int(CreatorPageSize::Large));
    m_ui->creatorPageSize->setCurrentIndex(1);

    m_avatars->setSourceModel(m_model);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_avatars);
    sorted->setSortRole(CreatorTableModel::SortRole);
    QTableView *table = m_ui->creatorTable;
    table->setModel(sorted);
    table->setIconSize(QSize(CreatorAvatarModel::avatarSize, CreatorAvatarModel::avatarSize));
    table->verticalHeader()->setDefaultSectionSize(CreatorAvatarModel::avatarSize + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CreatorTableModel::CategoriesColumn, QHeaderView::Stretch);
    header->resizeSection(CreatorTableModel::CreatorColumn, 280);
    for (int column : {CreatorTableModel::FollowersColumn, CreatorTableModel::LiveGmvColumn,
             CreatorTableModel::VideoGmvColumn, CreatorTableModel::UnitsSoldColumn})
        header->resizeSection(column, 110);
    header->resizeSection(CreatorTableModel::GmvColumn, 190);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the server's ranking until a column is chosen
    connectSignals();
    updateControls();
}

CreatorSearchWidget::~CreatorSearchWidget() = default;

void CreatorSearchWidget::connectSignals()
{
    connect(m_ui->creatorSearchButton, &QPushButton::clicked, this, &CreatorSearchWidget::search);
    connect(m_ui->creatorKeyword, &QLineEdit::returnPressed, this, &CreatorSearchWidget::search);
    connect(m_ui->creatorLoadMore, &QPushButton::clicked, this, &CreatorSearchWidget::loadMore);
    connect(m_ui->creatorInvite, &QPushButton::clicked, this, [this] { emit inviteRequested(selectedCreators()); });
    connect(m_ui->creatorTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CreatorSearchWidget::updateControls);
}

CreatorQuery CreatorSearchWidget::queryFromFilters() const
{
    CreatorQuery query;
    query.keyword = m_ui->creatorKeyword->text().trimmed();
    if (m_ui->creatorFollowersMin->value() > 0)
        query.followersAtLeast = m_ui->creatorFollowersMin->value();
    if (m_ui->creatorFollowersMax->value() > 0)
        query.followersAtMost = m_ui->creatorFollowersMax->value();
    const QList<std::pair<QCheckBox *, GmvRange>> gmv{{m_ui->gmvRange0, GmvRange::Upto100},
        {m_ui->gmvRange1, GmvRange::From100To1000}, {m_ui->gmvRange2, GmvRange::From1000To10000},
        {m_ui->gmvRange3, GmvRange::From10000}};
    for (const auto &[box, range] : gmv) {
        if (box->isChecked())
            query.gmvRanges.append(range);
    }
    const QList<std::pair<QCheckBox *, UnitsSoldRange>> units{{m_ui->unitsRange0, UnitsSoldRange::Upto10},
        {m_ui->unitsRange1, UnitsSoldRange::From10To100}, {m_ui->unitsRange2, UnitsSoldRange::From100To1000},
        {m_ui->unitsRange3, UnitsSoldRange::From1000}};
    for (const auto &[box, range] : units) {
        if (box->isChecked())
            query.unitsSoldRanges.append(range);
    }
    return query;
}

void CreatorSearchWidget::search()
{
    m_query = queryFromFilters();
    m_pageSize = static_cast<CreatorPageSize>(m_ui->creatorPageSize->currentData().toInt());
    m_lastPage.reset();
    fetch(std::nullopt);
}

void CreatorSearchWidget::loadMore()
{
    if (hasMore())
        fetch(m_lastPage);
}

void CreatorSearchWidget::fetch(const std::optional<CreatorPage> &previous)
{
    if (m_pending)
        m_pending->cancel();
    Reply<CreatorPage> *reply = m_catalog.search(m_query, m_pageSize, previous);
    m_pending = reply;
    const bool append = previous.has_value();
    connect(reply, &ApiReply::finished, this, [this, reply, append] { handlePage(reply, append); });
    updateControls();
}

void CreatorSearchWidget::handlePage(Reply<CreatorPage> *reply, bool append)
{
    if (reply->hasError()) {
        if (reply->error()->category == ApiErrorCategory::Cancelled)
            return;
        qint64 savedAt = 0;
        if (!append) {
            // Offline, a new search still answers from the creators seen before.
            const QList<Creator> saved = m_catalog.savedMatching(m_query);
            m_model->setRecords(saved);
            savedAt = saved.isEmpty() ? 0 : m_catalog.lastSavedAt();
        }
        updateControls();
        emit pageFinished(reply->error(), savedAt);
        return;
    }
    m_lastPage = reply->value();
    if (append)
        m_model->appendRecords(reply->value().creators);
    else
        m_model->setRecords(reply->value().creators);
    updateControls();
    emit pageFinished(std::nullopt, 0);
}

void CreatorSearchWidget::updateControls()
{
    const bool busy = m_pending != nullptr && !m_pending->isFinished();
    m_ui->creatorLoadMore->setEnabled(!busy && hasMore());
    m_ui->creatorInvite->setEnabled(!selectedCreators().isEmpty());
    const int shown = m_model->rowCount();
    m_ui->creatorCount->setText(busy ? tr("Searching…")
            : hasMore()              ? tr("%n creator(s) shown, more available", nullptr, shown)
                                     : tr("%n creator(s)", nullptr, shown));
}

QList<Creator> CreatorSearchWidget::loadedCreators() const
{
    return m_model->records();
}

QList<Creator> CreatorSearchWidget::selectedCreators() const
{
    QList<Creator> creators;
    const QAbstractItemModel *view = m_ui->creatorTable->model();
    for (const QModelIndex &row : m_ui->creatorTable->selectionModel()->selectedRows()) {
        const QString id = view->data(row, CreatorTableModel::IdRole).toString();
        for (const Creator &creator : m_model->records()) {
            if (creator.openId == id)
                creators.append(creator);
        }
    }
    return creators;
}

} // namespace ShopDesk

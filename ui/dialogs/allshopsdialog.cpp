#include "allshopsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/clock.h"
#include "models/shopsattentionmodel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

AllShopsDialog::AllShopsDialog(QList<ShopCache> shops, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_shops(std::move(shops))
    , m_clock(clock)
    , m_model(new ShopsAttentionModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"allShopsDialog"_s);
    setWindowTitle(tr("All shops: orders needing action"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ShopsAttentionModel::SortRole);
    m_table->setObjectName(u"allShopsTable"_s);
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ShopsAttentionModel::ReasonColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Only the orders that need action: few enough rows to size every column to what it holds.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShopsAttentionModel::ReasonColumn, QHeaderView::Stretch);
    m_summary->setObjectName(u"allShopsSummary"_s);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open shop"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"allShopsOpen"_s);
    open->setToolTip(tr("Switch the window to the shop of the selected order (Enter)"));
    QPushButton *refresh = buttons->addButton(tr("Reload"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, &AllShopsDialog::openCurrent);
    connect(refresh, &QPushButton::clicked, this, &AllShopsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this, &AllShopsDialog::openCurrent);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("From each shop's offline copy, as of its last sync. Open a shop to sync it and act."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1040, 560);
    reload();
}

void AllShopsDialog::reload()
{
    // Each shop's cache holds all its orders: read them away from the window.
    const qint64 now = m_clock.nowSecs();
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_summary->setText(tr("Reading each shop's offline copy…"));
    auto *watcher = new QFutureWatcher<QList<Result<ShopAttention>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, now] {
        watcher->deleteLater();
        if (generation == m_generation)
            showReads(watcher->result(), now);
    });
    watcher->setFuture(QtConcurrent::run([shops = m_shops, now] {
        QList<Result<ShopAttention>> reads;
        for (const ShopCache &shop : shops)
            reads.append(ShopsAttention::read(shop, now));
        return reads;
    }));
}

void AllShopsDialog::showReads(const QList<Result<ShopAttention>> &reads, qint64 now)
{
    QList<AttentionRow> rows;
    m_lines.clear();
    for (qsizetype index = 0; index < reads.size(); ++index) {
        const ShopCache &shop = m_shops.at(index);
        const Result<ShopAttention> &read = reads.at(index);
        if (!read) {
            m_lines.append(tr("%1: its offline copy could not be read (%2).").arg(shop.name, read.error().message));
            continue;
        }
        rows += read.value().rows;
        if (read.value().syncedAt == 0) {
            m_lines.append(tr("%1: not synced on this computer yet; open it once.").arg(shop.name));
            continue;
        }
        const QString when = QLocale().toString(
            QDateTime::fromSecsSinceEpoch(read.value().syncedAt).toLocalTime(), QLocale::ShortFormat);
        m_lines.append(tr("%1: %n order(s) need action (synced %2).", nullptr, int(read.value().rows.size()))
                           .arg(shop.name, when));
    }
    m_model->setRows(rows, now);
    m_summary->setText(m_lines.join(u'\n'));
    if (m_table->model()->rowCount() > 0)
        m_table->selectRow(0);
    m_loaded = true;
    emit loaded();
}

QString AllShopsDialog::summary() const
{
    return m_lines.join(u'\n');
}

void AllShopsDialog::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto *sorted = static_cast<const QSortFilterProxyModel *>(m_table->model());
    const AttentionRow &row = m_model->rowAt(sorted->mapToSource(current).row());
    emit shopRequested(row.shop.demo ? QString() : row.shop.shopId);
    accept();
}

} // namespace ShopDesk

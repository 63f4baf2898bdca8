#include "creatorstatswidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "charts/creatorgmvchart.h"
#include "domain/creatorstats.h"
#include "models/creatorstatstablemodel.h"
#include "models/displayformat.h"
#include "sync/affiliateordercatalog.h"
#include "widgets/periodselector.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CreatorStatsWidget::CreatorStatsWidget(AffiliateOrderCatalog &catalog, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_period(new PeriodSelector(clock, this))
    , m_summary(new QLabel(this))
    , m_model(new CreatorStatsTableModel(this))
    , m_table(new QTableView(this))
    , m_chart(new CreatorGmvChart(this))
{
    m_period->setObjectName(u"creatorStatsPeriod"_s);
    m_summary->setObjectName(u"creatorStatsSummary"_s);
    m_table->setObjectName(u"creatorStatsTable"_s);
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(u"creatorStatsReload"_s);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(CreatorStatsTableModel::SortRole);
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(CreatorStatsTableModel::GmvColumn, Qt::DescendingOrder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(m_summary);
    bar->addWidget(reloadButton);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    // Half each: the table's columns fit, and the chart's creator names stay readable.
    splitter->setSizes({600, 600});
    m_chart->setMinimumWidth(360);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_period, &PeriodSelector::periodChanged, this, &CreatorStatsWidget::reload);
    connect(reloadButton, &QPushButton::clicked, this, &CreatorStatsWidget::reload);
    m_chart->showMessage(tr("Loading…"));
    connect(&m_catalog, &AffiliateOrderCatalog::ordersLoaded, this,
        [this](JsonRowTable::Span span, const QList<AffiliateOrder> &orders, CacheFirstCatalog::Source source) {
            if (span.from != m_span.from || span.to != m_span.to)
                return;
            m_showsCached = source == CacheFirstCatalog::Source::Cache;
            handleLoaded(orders);
            if (!m_showsCached)
                emit loadFinished(std::nullopt, 0);
        });
    connect(&m_catalog, &AffiliateOrderCatalog::loadFailed, this, [this](const ApiError &error, qint64 lastSyncedAt) {
        if (!m_showsCached) {
            m_summary->clear();
            m_chart->showMessage(tr("The affiliate orders could not be loaded"));
        }
        emit loadFinished(error, m_showsCached ? lastSyncedAt : 0);
    });
}

void CreatorStatsWidget::reload()
{
    m_span = {m_period->start().startOfDay().toSecsSinceEpoch(), m_period->end().startOfDay().toSecsSinceEpoch()};
    m_showsCached = false;
    m_summary->setText(tr("Loading…"));
    m_catalog.load(m_span);
}

void CreatorStatsWidget::handleLoaded(const QList<AffiliateOrder> &orders)
{
    const QList<CreatorStats> stats = CreatorStats::summarize(orders, m_span.from, m_span.to);
    m_model->setRecords(stats);
    m_chart->setStats(stats);
    Money gmv;
    for (const CreatorStats &creator : stats) {
        gmv.currency = creator.gmv.currency;
        gmv.minor += creator.gmv.minor;
    }
    m_summary->setText(tr("%n creator(s), GMV %1", nullptr, int(stats.size())).arg(DisplayFormat::money(gmv)));
}

} // namespace ShopDesk

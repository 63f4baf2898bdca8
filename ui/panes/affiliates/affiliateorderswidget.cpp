#include "affiliateorderswidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "models/affiliateordertablemodel.h"
#include "models/displayformat.h"
#include "sync/affiliateordercatalog.h"
#include "widgets/periodselector.h"

#include "ui_affiliateorderswidget.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

qint64 startOfDay(QDate date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

} // namespace

AffiliateOrdersWidget::AffiliateOrdersWidget(AffiliateOrderCatalog &catalog, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AffiliateOrdersWidget>())
    , m_catalog(catalog)
    , m_model(new AffiliateOrderTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_period(new PeriodSelector(clock, this))
{
    m_ui->setupUi(this);
    m_period->setObjectName(u"affiliateOrderPeriod"_s);
    auto *holder = new QHBoxLayout(m_ui->periodHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_period);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(AffiliateOrderTableModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->affiliateOrderTable;
    table->setModel(m_filter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AffiliateOrderTableModel::ProductColumn, QHeaderView::Stretch);
    table->sortByColumn(AffiliateOrderTableModel::CreatedColumn, Qt::DescendingOrder);
    m_ui->affiliateOrderProgress->hide();

    connect(m_period, &PeriodSelector::periodChanged, this, &AffiliateOrdersWidget::reload);
    connect(m_ui->affiliateOrderReload, &QPushButton::clicked, this, &AffiliateOrdersWidget::reload);
    connect(m_ui->affiliateOrderFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateTotals();
    });
    connect(&m_catalog, &AffiliateOrderCatalog::progress, this, [this](qint64 done, qint64 total) {
        m_ui->affiliateOrderProgress->setRange(0, static_cast<int>(total));
        m_ui->affiliateOrderProgress->setValue(static_cast<int>(done));
    });
    connect(&m_catalog, &AffiliateOrderCatalog::ordersLoaded, this,
        [this](JsonRowTable::Span span, const QList<AffiliateOrder> &orders, CacheFirstCatalog::Source source) {
            if (span.from == m_span.from && span.to == m_span.to)
                handleLoaded(orders, source == CacheFirstCatalog::Source::Server);
        });
    connect(&m_catalog, &AffiliateOrderCatalog::loadFailed, this, [this](const ApiError &error, qint64 lastSyncedAt) {
        m_ui->affiliateOrderProgress->hide();
        emit loadFinished(error, m_showsCached ? lastSyncedAt : 0);
    });
}

AffiliateOrdersWidget::~AffiliateOrdersWidget() = default;

void AffiliateOrdersWidget::setProductTitles(const QHash<QString, QString> &titles)
{
    m_model->setProductTitles(titles);
}

void AffiliateOrdersWidget::reload()
{
    m_ui->affiliateOrderProgress->setRange(0, 0);
    m_ui->affiliateOrderProgress->show();
    m_span = {startOfDay(m_period->start()), startOfDay(m_period->end())};
    m_showsCached = false;
    m_catalog.load(m_span);
}

void AffiliateOrdersWidget::handleLoaded(const QList<AffiliateOrder> &orders, bool fromServer)
{
    m_model->setOrders(orders);
    updateTotals();
    m_showsCached = !fromServer;
    if (fromServer) {
        m_ui->affiliateOrderProgress->hide();
        emit loadFinished(std::nullopt, 0);
    }
}

void AffiliateOrdersWidget::updateTotals()
{
    qint64 estimated = 0;
    QString currency;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex cell = m_filter->index(row, AffiliateOrderTableModel::EstimatedColumn);
        estimated += cell.data(AffiliateOrderTableModel::SortRole).toLongLong();
    }
    if (m_model->rowCount() > 0)
        currency = m_model->recordAt(0).sku.estimatedCommission.currency;
    m_ui->affiliateOrderTotals->setText(tr("%n line(s), est. commission %1", nullptr, m_filter->rowCount())
                                            .arg(DisplayFormat::money(Money{estimated, currency})));
}

} // namespace ShopDesk

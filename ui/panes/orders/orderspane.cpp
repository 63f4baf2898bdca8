#include "orderspane.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>
#include <QTimer>

#include "core/clock.h"
#include "errorpresenter.h"
#include "models/orderfiltermodel.h"
#include "models/ordertablemodel.h"
#include "sync/ordercatalog.h"
#include "widgets/tableexportaction.h"

#include "ui_orderspane.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

OrdersPane::OrdersPane(OrderCatalog &catalog, const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::OrdersPane>())
    , m_catalog(catalog)
    , m_clock(clock)
    , m_model(new OrderTableModel(this))
    , m_filterModel(new OrderFilterModel(*m_model, this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"ordersPane"_s);
    m_ui->orderStatusTabs->addTab(QString());
    for (int i = 0; i < tabStatuses().size(); ++i)
        m_ui->orderStatusTabs->addTab(QString());
    m_ui->orderStatusTabs->setExpanding(false);
    updateTabCounts();

    QTableView *table = m_ui->orderTable;
    table->setModel(m_filterModel);
    table->sortByColumn(OrderTableModel::CreatedColumn, Qt::DescendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderTableModel::ItemsColumn, QHeaderView::Stretch);
    header->resizeSection(OrderTableModel::IdColumn, 160);
    header->resizeSection(OrderTableModel::CreatedColumn, 165);
    header->resizeSection(OrderTableModel::StatusColumn, 140);
    header->resizeSection(OrderTableModel::BuyerColumn, 110);
    header->resizeSection(OrderTableModel::TotalColumn, 90);
    header->resizeSection(OrderTableModel::ShipByColumn, 125);
    header->resizeSection(OrderTableModel::ShippingColumn, 115);
    header->resizeSection(OrderTableModel::TrackingColumn, 175);
    m_ui->orderLoadProgress->hide();

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

QList<OrderStatus> OrdersPane::tabStatuses()
{
    return {OrderStatus::Unpaid, OrderStatus::OnHold, OrderStatus::AwaitingShipment, OrderStatus::AwaitingCollection,
        OrderStatus::InTransit, OrderStatus::Delivered, OrderStatus::Completed, OrderStatus::Cancelled};
}

void OrdersPane::connectSignals()
{
    connect(m_ui->orderSearch, &QLineEdit::textChanged, this, &OrdersPane::handleFilterChanged);
    connect(m_ui->orderStatusTabs, &QTabBar::currentChanged, this, &OrdersPane::handleFilterChanged);
    connect(m_ui->orderReload, &QPushButton::clicked, this, &OrdersPane::reload);
    connect(m_ui->orderBanner, &MessageBanner::actionRequested, this, &OrdersPane::reload);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &OrdersPane::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &OrdersPane::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &OrdersPane::updateCount);
    connect(m_countdown, &QTimer::timeout, this, [this] { m_model->setNow(m_clock.nowSecs()); });
    connect(&m_catalog, &OrderCatalog::ordersLoaded, this, &OrdersPane::handleLoaded);
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
}

void OrdersPane::handleLoaded(const QList<Order> &orders, OrderCatalog::Source source)
{
    if (source == OrderCatalog::Source::Server) {
        m_ui->orderLoadProgress->hide();
        m_ui->orderReload->setEnabled(true);
    }
    m_model->setNow(m_clock.nowSecs());
    m_model->setOrders(orders);
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
    OrderFilter filter;
    filter.text = m_ui->orderSearch->text();
    const int tab = m_ui->orderStatusTabs->currentIndex();
    if (tab > 0)
        filter.status = tabStatuses().at(tab - 1);
    m_filterModel->setFilter(filter);
}

void OrdersPane::updateTabCounts()
{
    QHash<OrderStatus, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->orderAt(row).status];
    QTabBar *tabs = m_ui->orderStatusTabs;
    tabs->setTabText(0, tr("All (%1)").arg(m_model->rowCount()));
    const QList<OrderStatus> statuses = tabStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        tabs->setTabText(i + 1,
            tr("%1 (%2)", "status tab: name (count)")
                .arg(OrderTableModel::statusText(statuses.at(i)))
                .arg(counts.value(statuses.at(i))));
}

void OrdersPane::updateCount()
{
    const int shown = m_filterModel->rowCount();
    const int total = m_model->rowCount();
    m_ui->orderCount->setText(
        shown == total ? tr("%n order(s)", nullptr, total) : tr("%1 of %n order(s)", nullptr, total).arg(shown));
}

} // namespace ShopDesk

#include "orderfilterbar.h"

#include <QHash>
#include <QLineEdit>
#include <QTabBar>

#include "models/ordertablemodel.h"
#include "orderdatefilter.h"

namespace ShopDesk {

OrderFilterBar::OrderFilterBar(QTabBar &tabs, QLineEdit &search, OrderDateFilter &dates, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_search(search)
    , m_dates(dates)
{
    m_tabs.addTab(QString());
    for (int i = 0; i < tabStatuses().size(); ++i)
        m_tabs.addTab(QString());
    m_tabs.addTab(QString());
    m_tabs.setTabToolTip(needsActionTab(),
        tr("Orders to ship within 24 hours, overdue ones, and those with a cancellation or return request"));
    m_tabs.setExpanding(false);
    connect(&m_search, &QLineEdit::textChanged, this, &OrderFilterBar::filterChanged);
    connect(&m_tabs, &QTabBar::currentChanged, this, &OrderFilterBar::filterChanged);
    connect(&m_dates, &OrderDateFilter::rangeChanged, this, &OrderFilterBar::filterChanged);
}

QList<OrderStatus> OrderFilterBar::tabStatuses()
{
    return {OrderStatus::Unpaid, OrderStatus::OnHold, OrderStatus::AwaitingShipment, OrderStatus::AwaitingCollection,
        OrderStatus::InTransit, OrderStatus::Delivered, OrderStatus::Completed, OrderStatus::Cancelled};
}

OrderFilter OrderFilterBar::filter(QDate today) const
{
    OrderFilter filter;
    filter.text = m_search.text();
    const int tab = m_tabs.currentIndex();
    if (tab == needsActionTab())
        filter.needsAction = true;
    else if (tab > 0)
        filter.status = tabStatuses().at(tab - 1);
    filter.created = m_dates.range(today);
    return filter;
}

void OrderFilterBar::updateCounts(const OrderTableModel &model)
{
    QHash<OrderStatus, int> counts;
    int needingAction = 0;
    const OrderAttention &attention = model.attention();
    for (int row = 0; row < model.rowCount(); ++row) {
        const OrderRow &order = model.rowAt(row);
        ++counts[order.status];
        needingAction += attention.needsAction(order);
    }
    m_tabs.setTabText(0, tr("All (%1)").arg(model.rowCount()));
    const QList<OrderStatus> statuses = tabStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        m_tabs.setTabText(i + 1,
            tr("%1 (%2)", "status tab: name (count)")
                .arg(OrderTableModel::statusText(statuses.at(i)))
                .arg(counts.value(statuses.at(i))));
    m_tabs.setTabText(needsActionTab(), tr("Needs action (%1)").arg(needingAction));
}

} // namespace ShopDesk

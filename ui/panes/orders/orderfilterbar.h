#pragma once

#include <QDate>
#include <QList>
#include <QObject>

#include "domain/order.h"
#include "models/orderfilter.h"

class QLineEdit;
class QTabBar;

namespace ShopDesk {

class OrderDateFilter;
class OrderTableModel;

/// The orders pane's filter bar: the status tabs with their counts, the "Needs action" tab after
/// them, the search box and the creation-date filter, read together as one OrderFilter.
class OrderFilterBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterBar)

public:
    /// Fills `tabs`; the widgets stay the form's.
    OrderFilterBar(QTabBar &tabs, QLineEdit &search, OrderDateFilter &dates, QObject *parent = nullptr);

    /// The statuses that have a tab, in tab order after "All".
    static QList<OrderStatus> tabStatuses();
    static int needsActionTab() { return int(tabStatuses().size()) + 1; }

    /// What the bar asks for, relative dates counted back from `today`.
    OrderFilter filter(QDate today) const;
    /// The tabs' counts: every order of the model, whatever the search.
    void updateCounts(const OrderTableModel &model);

signals:
    void filterChanged();

private:
    QTabBar &m_tabs;
    QLineEdit &m_search;
    OrderDateFilter &m_dates;
};

} // namespace ShopDesk

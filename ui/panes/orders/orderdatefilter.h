#pragma once

#include <QWidget>

#include "models/orderdaterange.h"

class QComboBox;
class QDateEdit;

namespace ShopDesk {

/// The creation-date part of the orders filter bar: All time, Today, Last 7 days, Last 30 days or a
/// custom span of days, in the user's time zone.
class OrderDateFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDateFilter)

public:
    explicit OrderDateFilter(QWidget *parent = nullptr);

    OrderDateRange::Preset preset() const;
    void setPreset(OrderDateRange::Preset preset);
    /// The span the custom dates show (the pane starts them at the last seven days of its clock).
    void setCustomDays(QDate first, QDate last);
    /// The span chosen, relative presets counted back from `today`.
    OrderDateRange range(QDate today) const;

signals:
    void rangeChanged();

private:
    void handlePresetChanged();

    QComboBox *const m_preset;
    QDateEdit *const m_from;
    QDateEdit *const m_to;
};

} // namespace ShopDesk

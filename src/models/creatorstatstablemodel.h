#pragma once

#include "domain/creatorstats.h"
#include "models/recordtablemodel.h"

namespace ShopDesk {

/// Per-creator totals over a period: GMV, orders, units and commission.
class CreatorStatsTableModel final : public RecordTableModel<CreatorStats>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorStatsTableModel)

public:
    enum Column : int {
        CreatorColumn,
        GmvColumn,
        OrdersColumn,
        UnitsColumn,
        EstimatedColumn,
        ActualColumn,
        ColumnCount
    };

    explicit CreatorStatsTableModel(QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const CreatorStats &stats, int column) const override;
    QVariant sortKey(const CreatorStats &stats, int column) const override;
    bool isNumeric(int column) const override { return column != CreatorColumn; }
    QString id(const CreatorStats &stats) const override { return stats.username; }
};

} // namespace ShopDesk

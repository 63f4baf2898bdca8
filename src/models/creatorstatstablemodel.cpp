#include "creatorstatstablemodel.h"

#include "models/displayformat.h"

namespace ShopDesk {

CreatorStatsTableModel::CreatorStatsTableModel(QObject *parent)
    : RecordTableModel<CreatorStats>(parent)
{ }

QString CreatorStatsTableModel::columnTitle(int column) const
{
    switch (column) {
    case CreatorColumn:
        return tr("Creator");
    case GmvColumn:
        return tr("GMV");
    case OrdersColumn:
        return tr("Orders");
    case UnitsColumn:
        return tr("Units");
    case EstimatedColumn:
        return tr("Est. commission");
    case ActualColumn:
        return tr("Actual commission");
    default:
        return {};
    }
}

QVariant CreatorStatsTableModel::display(const CreatorStats &stats, int column) const
{
    switch (column) {
    case CreatorColumn:
        return QString(u'@' + stats.username);
    case GmvColumn:
        return DisplayFormat::money(stats.gmv);
    case OrdersColumn:
        return DisplayFormat::count(stats.orders);
    case UnitsColumn:
        return DisplayFormat::count(stats.unitsSold);
    case EstimatedColumn:
        return DisplayFormat::money(stats.estimatedCommission);
    case ActualColumn:
        return DisplayFormat::money(stats.actualCommission);
    default:
        return {};
    }
}

QVariant CreatorStatsTableModel::sortKey(const CreatorStats &stats, int column) const
{
    switch (column) {
    case GmvColumn:
        return stats.gmv.minor;
    case OrdersColumn:
        return stats.orders;
    case UnitsColumn:
        return stats.unitsSold;
    case EstimatedColumn:
        return stats.estimatedCommission.minor;
    case ActualColumn:
        return stats.actualCommission.minor;
    default:
        return display(stats, column);
    }
}

} // namespace ShopDesk

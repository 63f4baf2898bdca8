#include "targetcollaborationtablemodel.h"

#include "models/displayformat.h"

namespace ShopDesk {

TargetCollaborationTableModel::TargetCollaborationTableModel(QObject *parent)
    : RecordTableModel<TargetCollaboration>(parent)
{ }

void TargetCollaborationTableModel::setNow(qint64 epochSeconds)
{
    m_now = epochSeconds;
    columnChanged(StatusColumn);
}

QString TargetCollaborationTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ProductsColumn:
        return tr("Products");
    case CreatorsColumn:
        return tr("Creators invited");
    case FreeSampleColumn:
        return tr("Free samples");
    case StartColumn:
        return tr("Created");
    case EndColumn:
        return tr("Ends");
    default:
        return {};
    }
}

QVariant TargetCollaborationTableModel::display(const TargetCollaboration &target, int column) const
{
    switch (column) {
    case NameColumn:
        return target.name;
    case StatusColumn:
        return statusText(target.statusAt(m_now));
    case ProductsColumn:
        return DisplayFormat::count(target.productCount);
    case CreatorsColumn:
        return DisplayFormat::count(target.creatorInvitedCount);
    case FreeSampleColumn:
        return freeSampleText(target.freeSampleRule);
    case StartColumn:
        return DisplayFormat::date(target.startTime);
    case EndColumn:
        return DisplayFormat::date(target.endTime);
    default:
        return {};
    }
}

QVariant TargetCollaborationTableModel::sortKey(const TargetCollaboration &target, int column) const
{
    switch (column) {
    case StatusColumn:
        return static_cast<int>(target.statusAt(m_now));
    case ProductsColumn:
        return target.productCount;
    case CreatorsColumn:
        return target.creatorInvitedCount;
    case StartColumn:
        return target.startTime;
    case EndColumn:
        return target.endTime;
    default:
        return display(target, column);
    }
}

bool TargetCollaborationTableModel::isNumeric(int column) const
{
    return column == ProductsColumn || column == CreatorsColumn;
}

QVariant TargetCollaborationTableModel::extraData(const TargetCollaboration &target, int /*column*/, int role) const
{
    if (role == StatusRole)
        return static_cast<int>(target.statusAt(m_now));
    return {};
}

QString TargetCollaborationTableModel::statusText(TargetCollaborationStatus status)
{
    switch (status) {
    case TargetCollaborationStatus::Ongoing:
        return tr("Ongoing");
    case TargetCollaborationStatus::Expiring:
        return tr("Ends within 7 days");
    case TargetCollaborationStatus::Completed:
        return tr("Ended");
    }
    return {};
}

QString TargetCollaborationTableModel::freeSampleText(const FreeSampleRule &rule)
{
    if (!rule.hasFreeSample)
        return tr("No");
    return rule.sampleApprovalExempt ? tr("Yes, without review") : tr("Yes, after review");
}

} // namespace ShopDesk

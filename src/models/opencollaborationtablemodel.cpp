#include "opencollaborationtablemodel.h"

#include "models/displayformat.h"

namespace ShopDesk {

OpenCollaborationTableModel::OpenCollaborationTableModel(QObject *parent)
    : RecordTableModel<OpenCollaboration>(parent)
{ }

QString OpenCollaborationTableModel::columnTitle(int column) const
{
    switch (column) {
    case ProductColumn:
        return tr("Product");
    case CommissionColumn:
        return tr("Commission");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Since");
    case EndColumn:
        return tr("Ends");
    case ShowcaseColumn:
        return tr("In showcases");
    case ContentColumn:
        return tr("Posted about it");
    default:
        return {};
    }
}

QVariant OpenCollaborationTableModel::display(const OpenCollaboration &open, int column) const
{
    switch (column) {
    case ProductColumn:
        return open.productTitle.isEmpty() ? open.productId : open.productTitle;
    case CommissionColumn:
        return DisplayFormat::commission(open.commissionRate);
    case StatusColumn:
        return statusText(open.status);
    case StartColumn:
        return DisplayFormat::date(open.startTime);
    case EndColumn:
        return DisplayFormat::date(open.endTime);
    case ShowcaseColumn:
        return DisplayFormat::count(open.showcaseCreatorCount);
    case ContentColumn:
        return DisplayFormat::count(open.contentCreatorCount);
    default:
        return {};
    }
}

QVariant OpenCollaborationTableModel::sortKey(const OpenCollaboration &open, int column) const
{
    switch (column) {
    case CommissionColumn:
        return open.commissionRate;
    case StatusColumn:
        return static_cast<int>(open.status);
    case StartColumn:
        return open.startTime;
    case EndColumn:
        // Open-ended collaborations sort after every dated one.
        return open.endTime > 0 ? open.endTime : std::numeric_limits<qint64>::max();
    case ShowcaseColumn:
        return open.showcaseCreatorCount;
    case ContentColumn:
        return open.contentCreatorCount;
    default:
        return display(open, column);
    }
}

bool OpenCollaborationTableModel::isNumeric(int column) const
{
    return column == CommissionColumn || column == ShowcaseColumn || column == ContentColumn;
}

QVariant OpenCollaborationTableModel::extraData(const OpenCollaboration &open, int /*column*/, int role) const
{
    switch (role) {
    case StatusRole:
        return static_cast<int>(open.status);
    case CommissionRole:
        return open.commissionRate;
    case ProductIdRole:
        return open.productId;
    default:
        return {};
    }
}

QString OpenCollaborationTableModel::statusText(OpenCollaborationStatus status)
{
    switch (status) {
    case OpenCollaborationStatus::Normal:
        return tr("Active");
    case OpenCollaborationStatus::Terminating:
        return tr("Ending", "open collaboration removed, still running until its end time");
    case OpenCollaborationStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace ShopDesk

#include "packagetablemodel.h"

#include "models/displayformat.h"
#include "models/packagefilter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

} // namespace

PackageTableModel::PackageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PackageTableModel::setPackages(QList<Package> packages)
{
    beginResetModel();
    m_packages = std::move(packages);
    m_rowById.clear();
    m_rowById.reserve(m_packages.size());
    for (int row = 0; row < m_packages.size(); ++row)
        m_rowById.insert(m_packages.at(row).id, row);
    endResetModel();
}

void PackageTableModel::setNow(qint64 epochSeconds)
{
    if (epochSeconds == m_now)
        return;
    m_now = epochSeconds;
    timeChanged();
}

void PackageTableModel::setStuckAfterDays(int days)
{
    if (days == m_stuckAfterDays)
        return;
    m_stuckAfterDays = days;
    timeChanged();
}

void PackageTableModel::timeChanged()
{
    // Every row's age reads differently, and any row may have become stuck.
    if (!m_packages.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, SortRole, StuckRole});
}

bool PackageTableModel::isStuck(int row) const
{
    return PackageFilter::isStuck(m_packages.at(row), m_now, m_stuckAfterDays);
}

int PackageTableModel::stuckCount() const
{
    return int(std::count_if(m_packages.cbegin(), m_packages.cend(),
        [this](const Package &package) { return PackageFilter::isStuck(package, m_now, m_stuckAfterDays); }));
}

int PackageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_packages.size());
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Package &package = m_packages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(package, index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastEventColumn)
            return DisplayFormat::dateTime(package.updateTime);
        return {};
    case SortRole:
        return sortData(package, index.row(), index.column());
    case IdRole:
        return package.id;
    case StatusRole:
        return static_cast<int>(package.status);
    case StuckRole:
        return isStuck(index.row());
    default:
        return {};
    }
}

QVariant PackageTableModel::displayData(const Package &package, int row, int column) const
{
    switch (column) {
    case IdColumn:
        return package.id;
    case StatusColumn:
        if (isStuck(row))
            return tr("Stuck: no scan for %n day(s)", nullptr, int((m_now - package.updateTime) / day));
        return statusText(package.status);
    case CarrierColumn:
        return package.shippingProviderName;
    case TrackingColumn:
        return package.trackingNumber;
    case OrdersColumn:
        return package.orderIds.join(u", "_s);
    case CreatedColumn:
        return DisplayFormat::dateTime(package.createTime);
    case LastEventColumn:
        return ageText(package.updateTime, m_now);
    default:
        return {};
    }
}

QVariant PackageTableModel::sortData(const Package &package, int row, int column) const
{
    switch (column) {
    case StatusColumn:
        // Stuck ones before everything else when sorted ascending: they need the seller most.
        return isStuck(row) ? -1 : static_cast<int>(package.status);
    case CreatedColumn:
        return package.createTime;
    case LastEventColumn:
        return package.updateTime;
    default:
        return displayData(package, row, column);
    }
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Package ID");
    case StatusColumn:
        return tr("Status");
    case CarrierColumn:
        return tr("Carrier");
    case TrackingColumn:
        return tr("Tracking number");
    case OrdersColumn:
        return tr("Orders");
    case CreatedColumn:
        return tr("Created");
    case LastEventColumn:
        return tr("Last event");
    default:
        return {};
    }
}

QString PackageTableModel::statusText(PackageStatus status)
{
    switch (status) {
    case PackageStatus::Processing:
        return tr("To ship");
    case PackageStatus::Fulfilling:
        return tr("Shipped");
    case PackageStatus::Completed:
        return tr("Delivered");
    case PackageStatus::Cancelled:
        return tr("Cancelled");
    case PackageStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString PackageTableModel::ageText(qint64 time, qint64 now)
{
    if (time <= 0 || now <= 0)
        return DisplayFormat::none();
    const qint64 age = qMax<qint64>(0, now - time);
    if (age < hour)
        return tr("just now");
    if (age < 2 * day)
        return tr("%n h ago", nullptr, int(age / hour));
    return tr("%n day(s) ago", nullptr, int(age / day));
}

} // namespace ShopDesk

#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/package.h"
#include "models/packagefilter.h"

namespace ShopDesk {

/// The packages of one shop, one row per package. DisplayRole is locale-formatted text, SortRole
/// the raw value; StuckRole tells which shipped packages have gone quiet for stuckAfterDays() at
/// the time set with setNow().
class PackageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageTableModel)

public:
    enum Column : int {
        IdColumn,
        StatusColumn,
        LastEventColumn,
        CarrierColumn,
        TrackingColumn,
        OrdersColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role : int {
        SortRole = Qt::UserRole,
        IdRole,
        /// PackageStatus as an int.
        StatusRole,
        /// Whether the package is shipped and stuck, as a bool.
        StuckRole,
    };

    static constexpr int defaultStuckAfterDays = PackageFilter::defaultStuckAfterDays;

    explicit PackageTableModel(QObject *parent = nullptr);

    void setPackages(QList<Package> packages);
    const Package &packageAt(int row) const { return m_packages.at(row); }
    int rowOfPackage(const QString &id) const { return m_rowById.value(id, -1); }
    /// Moves the clock on: the last-event ages and the stuck marks change.
    void setNow(qint64 epochSeconds);
    qint64 now() const { return m_now; }
    void setStuckAfterDays(int days);
    int stuckAfterDays() const { return m_stuckAfterDays; }
    bool isStuck(int row) const;
    int stuckCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(PackageStatus status);
    /// "just now", "5 h ago", "3 days ago".
    static QString ageText(qint64 time, qint64 now);

private:
    QVariant displayData(const Package &package, int row, int column) const;
    QVariant sortData(const Package &package, int row, int column) const;
    void timeChanged();

    QList<Package> m_packages;
    QHash<QString, int> m_rowById;
    qint64 m_now = 0;
    int m_stuckAfterDays = defaultStuckAfterDays;
};

} // namespace ShopDesk

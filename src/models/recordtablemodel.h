#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace ShopDesk {

/// The shared body of the affiliate and LIVE table models: a list of value records, one per row,
/// with DisplayRole as locale-formatted text, SortRole as the raw value (minor units, epoch
/// seconds, counts) so that a QSortFilterProxyModel sorts numerically, and IdRole. A subclass
/// names its columns and says how a record reads in each; it has no Gui dependency either.
template <typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    enum BaseRole : int {
        SortRole = Qt::UserRole,
        IdRole,
        /// The first role a subclass may define.
        FirstCustomRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces every row (a full reload).
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    /// Adds rows at the end ("load more").
    void appendRecords(const QList<Record> &records)
    {
        if (records.isEmpty())
            return;
        const int first = static_cast<int>(m_records.size());
        beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
        m_records += records;
        endInsertRows();
    }
    const QList<Record> &records() const { return m_records; }
    const Record &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return display(record, index.column());
        case Qt::TextAlignmentRole:
            if (isNumeric(index.column()))
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            return {};
        case SortRole:
            return sortKey(record, index.column());
        case IdRole:
            return id(record);
        default:
            return extraData(record, index.column(), role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
            return QAbstractTableModel::headerData(section, orientation, role);
        return columnTitle(section);
    }

protected:
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant display(const Record &record, int column) const = 0;
    virtual QVariant sortKey(const Record &record, int column) const { return display(record, column); }
    virtual bool isNumeric(int /*column*/) const { return false; }
    virtual QString id(const Record &record) const = 0;
    virtual QVariant extraData(const Record & /*record*/, int /*column*/, int /*role*/) const { return {}; }

    /// Tells views that one column of every row reads differently now (the clock moved on).
    void columnChanged(int column)
    {
        if (!m_records.isEmpty())
            emit dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole, SortRole});
    }

private:
    QList<Record> m_records;
};

} // namespace ShopDesk

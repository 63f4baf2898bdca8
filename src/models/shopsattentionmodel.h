#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "sync/shopsattention.h"

namespace ShopDesk {

/// The orders needing action in every shop, one row each: the "All shops" view. DisplayRole is
/// text, SortRole the raw value; the ship-by column counts down against setNow().
class ShopsAttentionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopsAttentionModel)

public:
    enum Column : int { ShopColumn, OrderColumn, StatusColumn, ReasonColumn, ShipByColumn, ColumnCount };
    enum Role : int { SortRole = Qt::UserRole };

    explicit ShopsAttentionModel(QObject *parent = nullptr);

    void setRows(QList<AttentionRow> rows, qint64 now);
    const AttentionRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttentionRow> m_rows;
    qint64 m_now = 0;
};

} // namespace ShopDesk

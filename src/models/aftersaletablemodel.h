#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "models/aftersalecase.h"
#include "store/outboxcommand.h"

namespace ShopDesk {

/// The returns and cancellations of one shop, one row per request, with the state of the
/// seller's decision on each as it travels through the outbox. DisplayRole is locale-formatted
/// text, SortRole the raw value.
class AftersaleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AftersaleTableModel)

public:
    enum Column : int {
        TypeColumn,
        IdColumn,
        OrderColumn,
        StatusColumn,
        ReasonColumn,
        RefundColumn,
        RequestedColumn,
        RespondByColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role : int {
        SortRole = Qt::UserRole,
        IdRole,
        /// Whether the seller has to approve or reject it, as a bool.
        NeedsActionRole,
        /// The decision's OutboxState as an int; -1 when none was taken here.
        ChangeStateRole,
    };

    explicit AftersaleTableModel(QObject *parent = nullptr);

    /// A full reload; decisions in flight keep their state.
    void setCases(const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations);
    const AftersaleCase &caseAt(int row) const { return m_cases.at(row); }
    int rowOfCase(const QString &id) const { return m_rowById.value(id, -1); }
    /// The state of the seller's decision on a request, as the outbox reports it.
    void setChangeState(const QString &id, OutboxState state, const QString &error);
    bool hasChange(int row) const { return m_changes.contains(m_cases.at(row).id()); }
    /// A decision went through: the request shows the status it led to (API spelling).
    void applyStatus(const QString &id, const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeText(const AftersaleCase &item);
    static QString statusText(const AftersaleCase &item);
    static QString changeText(OutboxState state, const QString &error);

private:
    QVariant displayData(const AftersaleCase &item, int column) const;
    QVariant sortData(const AftersaleCase &item, int column) const;

    struct Change
    {
        OutboxState state;
        QString error;
    };

    QList<AftersaleCase> m_cases;
    QHash<QString, int> m_rowById;
    QHash<QString, Change> m_changes;
};

} // namespace ShopDesk

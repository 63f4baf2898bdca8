#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "store/outboxcommand.h"

namespace ShopDesk {

/// Writes that are not done yet — waiting, being sent, failed, or to be checked — so that the
/// seller sees every one of them and can retry or discard it.
class OutboxTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxTableModel)

public:
    enum Column : int { CreatedColumn, KindColumn, ObjectColumn, ChangeColumn, StateColumn, ErrorColumn, ColumnCount };
    enum Role : int { ClientIdRole = Qt::UserRole, StateRole };

    explicit OutboxTableModel(QObject *parent = nullptr);

    void setCommands(QList<OutboxCommand> commands);
    /// Adds, updates or (when it is done or discarded) removes one command's row.
    void updateCommand(const OutboxCommand &command);
    const OutboxCommand &commandAt(int row) const { return m_commands.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(CommandKind kind);
    static QString stateText(OutboxState state);
    /// "SKU-1 of Yoga Mat", "package 1152…": what the command writes, in the seller's words.
    static QString objectText(const OutboxCommand &command);
    static QString changeText(const OutboxCommand &command);

private:
    QList<OutboxCommand> m_commands;
};

} // namespace ShopDesk

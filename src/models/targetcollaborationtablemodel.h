#pragma once

#include "domain/collaboration.h"
#include "models/recordtablemodel.h"

namespace ShopDesk {

/// The shop's target collaborations. Their status follows from the end time and the clock, set
/// with setNow().
class TargetCollaborationTableModel final : public RecordTableModel<TargetCollaboration>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetCollaborationTableModel)

public:
    enum Column : int {
        NameColumn,
        StatusColumn,
        ProductsColumn,
        CreatorsColumn,
        FreeSampleColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };
    enum Role : int {
        /// TargetCollaborationStatus as an int.
        StatusRole = FirstCustomRole,
    };

    explicit TargetCollaborationTableModel(QObject *parent = nullptr);

    void setNow(qint64 epochSeconds);
    static QString statusText(TargetCollaborationStatus status);
    static QString freeSampleText(const FreeSampleRule &rule);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const TargetCollaboration &target, int column) const override;
    QVariant sortKey(const TargetCollaboration &target, int column) const override;
    bool isNumeric(int column) const override;
    QString id(const TargetCollaboration &target) const override { return target.id; }
    QVariant extraData(const TargetCollaboration &target, int column, int role) const override;

private:
    qint64 m_now = 0;
};

} // namespace ShopDesk

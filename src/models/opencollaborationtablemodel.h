#pragma once

#include "domain/collaboration.h"
#include "models/recordtablemodel.h"

namespace ShopDesk {

/// The shop's open collaborations: product, public commission, status and dates.
class OpenCollaborationTableModel final : public RecordTableModel<OpenCollaboration>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenCollaborationTableModel)

public:
    enum Column : int {
        ProductColumn,
        CommissionColumn,
        StatusColumn,
        StartColumn,
        EndColumn,
        ShowcaseColumn,
        ContentColumn,
        ColumnCount
    };
    enum Role : int {
        /// OpenCollaborationStatus as an int.
        StatusRole = FirstCustomRole,
        /// The commission in hundredths of a percent.
        CommissionRole,
        ProductIdRole,
    };

    explicit OpenCollaborationTableModel(QObject *parent = nullptr);

    static QString statusText(OpenCollaborationStatus status);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const OpenCollaboration &open, int column) const override;
    QVariant sortKey(const OpenCollaboration &open, int column) const override;
    bool isNumeric(int column) const override;
    QString id(const OpenCollaboration &open) const override { return open.id; }
    QVariant extraData(const OpenCollaboration &open, int column, int role) const override;
};

} // namespace ShopDesk

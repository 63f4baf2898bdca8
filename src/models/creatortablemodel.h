#pragma once

#include "domain/creator.h"
#include "models/recordtablemodel.h"

namespace ShopDesk {

/// Creators of a marketplace search, one row each, in the order the server ranked them; "load
/// more" appends the next page. GMV the creator does not share shows its range, or "—".
class CreatorTableModel final : public RecordTableModel<Creator>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorTableModel)

public:
    enum Column : int {
        CreatorColumn,
        FollowersColumn,
        GmvColumn,
        LiveGmvColumn,
        VideoGmvColumn,
        UnitsSoldColumn,
        CategoriesColumn,
        ColumnCount
    };
    enum Role : int {
        AvatarUrlRole = FirstCustomRole,
        UsernameRole,
        NicknameRole,
    };

    explicit CreatorTableModel(QObject *parent = nullptr);

    /// A known top-level category's name, else the id itself.
    static QString categoryName(const QString &categoryId);
    static QString gmvText(const Creator &creator);
    static QString unitsSoldText(const Creator &creator);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Creator &creator, int column) const override;
    QVariant sortKey(const Creator &creator, int column) const override;
    bool isNumeric(int column) const override;
    QString id(const Creator &creator) const override { return creator.openId; }
    QVariant extraData(const Creator &creator, int column, int role) const override;
};

} // namespace ShopDesk

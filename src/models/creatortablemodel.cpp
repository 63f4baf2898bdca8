#include "creatortablemodel.h"

#include <QLocale>

#include "models/displayformat.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Where only a band is known, it sorts at its lower end; nothing known sorts last.
qint64 gmvSortValue(const Creator &creator)
{
    if (creator.gmv)
        return creator.gmv->minor;
    return creator.gmvRange ? creator.gmvRange->minimum.minor : -1;
}

qint64 optionalMinor(const std::optional<Money> &money)
{
    return money ? money->minor : -1;
}

} // namespace

CreatorTableModel::CreatorTableModel(QObject *parent)
    : RecordTableModel<Creator>(parent)
{ }

QString CreatorTableModel::columnTitle(int column) const
{
    switch (column) {
    case CreatorColumn:
        return tr("Creator");
    case FollowersColumn:
        return tr("Followers");
    case GmvColumn:
        return tr("GMV (30 days)");
    case LiveGmvColumn:
        return tr("LIVE GMV");
    case VideoGmvColumn:
        return tr("Video GMV");
    case UnitsSoldColumn:
        return tr("Units sold");
    case CategoriesColumn:
        return tr("Categories");
    default:
        return {};
    }
}

QVariant CreatorTableModel::display(const Creator &creator, int column) const
{
    switch (column) {
    case CreatorColumn:
        return creator.nickname.isEmpty() || creator.nickname == creator.username
            ? u"@"_s + creator.username
            : tr("%1 (@%2)", "creator: nickname (@username)").arg(creator.nickname, creator.username);
    case FollowersColumn:
        return DisplayFormat::count(creator.followerCount);
    case GmvColumn:
        return gmvText(creator);
    case LiveGmvColumn:
        return DisplayFormat::money(creator.liveGmv);
    case VideoGmvColumn:
        return DisplayFormat::money(creator.videoGmv);
    case UnitsSoldColumn:
        return unitsSoldText(creator);
    case CategoriesColumn: {
        QStringList names;
        for (const QString &category : creator.categoryIds)
            names.append(categoryName(category));
        return QLocale().createSeparatedList(names);
    }
    default:
        return {};
    }
}

QVariant CreatorTableModel::sortKey(const Creator &creator, int column) const
{
    switch (column) {
    case FollowersColumn:
        return creator.followerCount;
    case GmvColumn:
        return gmvSortValue(creator);
    case LiveGmvColumn:
        return optionalMinor(creator.liveGmv);
    case VideoGmvColumn:
        return optionalMinor(creator.videoGmv);
    case UnitsSoldColumn:
        return creator.unitsSoldRange ? creator.unitsSoldRange->minimum : -1;
    default:
        return display(creator, column);
    }
}

bool CreatorTableModel::isNumeric(int column) const
{
    return column == FollowersColumn || column == GmvColumn || column == LiveGmvColumn || column == VideoGmvColumn;
}

QVariant CreatorTableModel::extraData(const Creator &creator, int /*column*/, int role) const
{
    switch (role) {
    case AvatarUrlRole:
        return creator.avatarUrl;
    case UsernameRole:
        return creator.username;
    case NicknameRole:
        return creator.nickname;
    default:
        return {};
    }
}

QString CreatorTableModel::gmvText(const Creator &creator)
{
    if (creator.gmv)
        return DisplayFormat::money(*creator.gmv);
    if (creator.gmvRange)
        return tr("%1–%2", "a range of amounts")
            .arg(DisplayFormat::money(creator.gmvRange->minimum), DisplayFormat::money(creator.gmvRange->maximum));
    return DisplayFormat::none();
}

QString CreatorTableModel::unitsSoldText(const Creator &creator)
{
    if (!creator.unitsSoldRange)
        return DisplayFormat::none();
    return tr("%1–%2", "a range of amounts")
        .arg(DisplayFormat::count(creator.unitsSoldRange->minimum),
            DisplayFormat::count(creator.unitsSoldRange->maximum));
}

QString CreatorTableModel::categoryName(const QString &categoryId)
{
    // The top-level categories creators promote most; others show their id.
    static const QHash<QString, const char *> names{
        {u"601152"_s, QT_TR_NOOP("Beauty & Personal Care")},
        {u"600001"_s, QT_TR_NOOP("Home Supplies")},
        {u"600024"_s, QT_TR_NOOP("Kitchenware")},
        {u"601450"_s, QT_TR_NOOP("Phones & Electronics")},
        {u"605196"_s, QT_TR_NOOP("Sports & Outdoor")},
        {u"602118"_s, QT_TR_NOOP("Pet Supplies")},
        {u"601755"_s, QT_TR_NOOP("Womenswear & Underwear")},
        {u"604453"_s, QT_TR_NOOP("Toys & Hobbies")},
    };
    const char *name = names.value(categoryId);
    return name ? tr(name) : categoryId;
}

} // namespace ShopDesk

#include "sandboxcreatorapi.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>

#include "domain/creatorcodec.h"
#include "domain/jsonreader.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qsizetype keptSearches = 64;

struct CreatorQuery
{
    QString keyword;
    qint64 countGe = 0;
    /// Below 0: no upper bound, as the reference defines `count_le`.
    qint64 countLe = -1;
    QList<GmvRange> gmvRanges;
    QList<UnitsSoldRange> unitsRanges;

    bool matches(const SeededCreator &seeded) const;
    QByteArray context(const QString &shopId) const;
};

/// Bounds of a range filter in minor units or units, both ends included (reference section 5.5).
std::pair<qint64, qint64> gmvBounds(GmvRange range)
{
    switch (range) {
    case GmvRange::Upto100:
        return {0, 10000};
    case GmvRange::From100To1000:
        return {10000, 100000};
    case GmvRange::From1000To10000:
        return {100000, 1000000};
    case GmvRange::From10000:
        break;
    }
    return {1000000, std::numeric_limits<qint64>::max()};
}

std::pair<qint64, qint64> unitsBounds(UnitsSoldRange range)
{
    switch (range) {
    case UnitsSoldRange::Upto10:
        return {0, 10};
    case UnitsSoldRange::From10To100:
        return {10, 100};
    case UnitsSoldRange::From100To1000:
        return {100, 1000};
    case UnitsSoldRange::From1000:
        break;
    }
    return {1000, std::numeric_limits<qint64>::max()};
}

template <typename Range>
bool inAny(const QList<Range> &ranges, qint64 value, std::pair<qint64, qint64> (*bounds)(Range))
{
    if (ranges.isEmpty())
        return true;
    return std::any_of(ranges.cbegin(), ranges.cend(), [value, bounds](Range range) {
        const auto [low, high] = bounds(range);
        return value >= low && value <= high;
    });
}

bool CreatorQuery::matches(const SeededCreator &seeded) const
{
    const Creator &creator = seeded.creator;
    if (!keyword.isEmpty() && !creator.username.contains(keyword, Qt::CaseInsensitive)
        && !creator.nickname.contains(keyword, Qt::CaseInsensitive))
        return false;
    if (creator.followerCount < countGe || (countLe >= 0 && creator.followerCount > countLe))
        return false;
    return inAny(gmvRanges, seeded.gmvMinor, &gmvBounds) && inAny(unitsRanges, seeded.unitsSold, &unitsBounds);
}

QByteArray CreatorQuery::context(const QString &shopId) const
{
    QStringList parts{shopId, keyword.toLower(), QString::number(countGe), QString::number(countLe)};
    for (GmvRange range : gmvRanges)
        parts.append(gmvRangeToApi(range));
    for (UnitsSoldRange range : unitsRanges)
        parts.append(unitsSoldRangeToApi(range));
    return parts.join(u'|').toUtf8();
}

template <typename Range>
QList<Range> readRanges(JsonReader &reader, QStringView key, std::optional<Range> (*fromApi)(QStringView))
{
    QList<Range> ranges;
    for (const QString &name : reader.stringList(key)) {
        const std::optional<Range> range = fromApi(name);
        if (!range) {
            reader.fail(key, u"unknown range \"%1\""_s.arg(name));
            return {};
        }
        if (!ranges.contains(*range))
            ranges.append(*range);
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

Result<CreatorQuery> readQuery(const QJsonObject &body)
{
    JsonReader reader(body, u"body"_s);
    CreatorQuery query;
    query.keyword = reader.optionalString(u"keyword").trimmed();
    JsonReader counts = reader.optionalObject(u"follower_demographics").optionalObject(u"count_range");
    query.countGe = counts.optionalInteger(u"count_ge").value_or(0);
    query.countLe = counts.optionalInteger(u"count_le").value_or(-1);
    if (query.countGe < 0 && !reader.failed())
        counts.fail(u"count_ge", u"must be greater than or equal to 0"_s);
    query.gmvRanges = readRanges<GmvRange>(reader, u"gmv_ranges", &gmvRangeFromApi);
    query.unitsRanges = readRanges<UnitsSoldRange>(reader, u"units_sold_ranges", &unitsSoldRangeFromApi);
    reader.optionalString(u"search_key");
    if (reader.failed())
        return reader.error();
    return query;
}

QString absoluteUrl(const SandboxCall &call, const QString &path)
{
    const QByteArray host = call.request.header("host");
    return host.isEmpty() ? path : u"http://"_s + QString::fromLatin1(host) + path;
}

} // namespace

struct SandboxCreatorApi::Searches
{
    struct Entry
    {
        QString key;
        QByteArray context;
        QList<int> rows;
    };

    const Entry *find(const QString &key)
    {
        const auto found
            = std::find_if(entries.begin(), entries.end(), [&key](const Entry &entry) { return entry.key == key; });
        if (found == entries.end())
            return nullptr;
        entries.move(found - entries.begin(), 0);
        return &entries.first();
    }

    const Entry &add(const QByteArray &context, QList<int> rows)
    {
        // Base64 of a digest, so that keys hold '+', '/' and '=' like production's.
        const QByteArray seed = context + '#' + QByteArray::number(++serial);
        const QString key = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toBase64());
        if (entries.size() >= keptSearches)
            entries.removeLast();
        entries.prepend({key, context, std::move(rows)});
        return entries.first();
    }

    /// Most recently used first.
    QList<Entry> entries;
    qint64 serial = 0;
};

SandboxCreatorApi::SandboxCreatorApi()
    : m_searches(std::make_shared<Searches>())
{ }

SandboxCreatorApi::~SandboxCreatorApi() = default;

void SandboxCreatorApi::addRoutes(SandboxRouteTable &table)
{
    table.add({"POST", u"affiliate_seller"_s, u"marketplace_creators/search"_s, {u"202406"_s, u"202508"_s}, true,
        [searches = m_searches](const SandboxCall &call) { return search(*searches, call); }});
}

SandboxResponse SandboxCreatorApi::search(Searches &searches, const SandboxCall &call)
{
    const std::optional<qint64> size = SandboxPager::pageSize(call.request, 12, 20);
    if (!size || (*size != 12 && *size != 20))
        return SandboxPager::invalidPageSize(u"The value of \"page_size\" must be 12 or 20."_s);
    const Result<CreatorQuery> query = readQuery(call.body);
    if (!query)
        return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(query.error().toString()));
    const QList<SeededCreator> &creators = call.shop->affiliates.creators;
    const QByteArray context = query.value().context(call.shop->info.id);

    const QString sentKey = call.body.value(u"search_key").toString();
    const Searches::Entry *entry = nullptr;
    if (!sentKey.isEmpty()) {
        entry = searches.find(sentKey);
        if (!entry)
            return SandboxPager::invalid(u"The search_key is invalid or has expired. Search again without it."_s);
        if (entry->context != context)
            return SandboxPager::invalid(u"The search_key belongs to a search with other filters."_s);
    } else if (!call.request.queryValue(u"page_token").isEmpty()) {
        return SandboxPager::invalid(u"Send the search_key of the first page with page_token."_s);
    } else {
        QList<int> rows;
        for (int i = 0; i < creators.size(); ++i) {
            if (query.value().matches(creators.at(i)))
                rows.append(i);
        }
        // Biggest audience first; the open id breaks ties so that pages never shift.
        std::stable_sort(rows.begin(), rows.end(), [&creators](int a, int b) {
            const Creator &left = creators.at(a).creator;
            const Creator &right = creators.at(b).creator;
            return left.followerCount != right.followerCount ? left.followerCount > right.followerCount
                                                             : left.openId < right.openId;
        });
        entry = &searches.add(context, rows);
    }

    const QByteArray pageContext = context + '|' + entry->key.toUtf8();
    SandboxPager pager;
    if (auto failure = SandboxPager::slice(call, *size, entry->rows.size(), pageContext, &pager))
        return *failure;
    QJsonArray list;
    for (qint64 i = pager.begin; i < pager.end; ++i) {
        Creator creator = creators.at(entry->rows.at(i)).creator;
        creator.avatarUrl = absoluteUrl(call, creator.avatarUrl);
        list.append(CreatorCodec::encodeCreator(creator));
    }
    return SandboxResponse::success({
        {u"creators"_s, list},
        {u"next_page_token"_s, pager.nextToken(entry->rows.size(), pageContext)},
        {u"search_key"_s, entry->key},
    });
}

} // namespace ShopDesk

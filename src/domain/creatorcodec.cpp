#include "creatorcodec.h"

#include <QJsonArray>

#include "domain/affiliatejson.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

std::optional<MoneyRange> readGmvRange(JsonReader &reader, const QJsonObject &raw)
{
    if (!AffiliateJson::present(raw, u"gmv_range") || reader.failed())
        return std::nullopt;
    JsonReader range = reader.object(u"gmv_range");
    const QString currency = range.string(u"currency");
    const QString low = range.string(u"minimum_amount");
    const QString high = range.string(u"maximum_amount");
    if (range.failed())
        return std::nullopt;
    Result<Money> minimum = Money::fromDecimal(low, currency);
    Result<Money> maximum = Money::fromDecimal(high, currency);
    if (!minimum || !maximum) {
        range.fail(
            minimum ? u"maximum_amount" : u"minimum_amount", (minimum ? maximum.error() : minimum.error()).message);
        return std::nullopt;
    }
    return MoneyRange{minimum.value(), maximum.value()};
}

std::optional<CountRange> readUnitsRange(JsonReader &reader, const QJsonObject &raw)
{
    if (!AffiliateJson::present(raw, u"units_sold_range") || reader.failed())
        return std::nullopt;
    JsonReader range = reader.object(u"units_sold_range");
    const CountRange units{range.integer(u"minimum_amount"), range.integer(u"maximum_amount")};
    if (range.failed())
        return std::nullopt;
    return units;
}

Creator readCreator(JsonReader &reader, const QJsonObject &raw)
{
    Creator creator;
    creator.openId = reader.id(u"creator_open_id");
    creator.username = reader.string(u"username");
    creator.nickname = reader.optionalString(u"nickname");
    creator.avatarUrl = reader.optionalObject(u"avatar").optionalString(u"url");
    creator.followerCount = reader.integer(u"follower_count");
    if (creator.followerCount < 0 && !reader.failed())
        reader.fail(u"follower_count", u"expected a count of at least 0"_s);
    creator.gmv = AffiliateJson::readOptionalMoney(reader, raw, u"gmv");
    creator.liveGmv = AffiliateJson::readOptionalMoney(reader, raw, u"live_gmv");
    creator.videoGmv = AffiliateJson::readOptionalMoney(reader, raw, u"video_gmv");
    creator.gmvRange = readGmvRange(reader, raw);
    creator.unitsSoldRange = readUnitsRange(reader, raw);
    creator.avgLiveViewers = reader.optionalInteger(u"avg_ec_live_uv").value_or(0);
    creator.avgVideoViews = reader.optionalInteger(u"avg_ec_video_view_count").value_or(0);
    creator.categoryIds = reader.stringList(u"category_ids");
    creator.selectionRegion = reader.optionalString(u"selection_region");
    return creator;
}

QJsonObject rangeJson(const MoneyRange &range)
{
    return {
        {u"currency"_s, range.minimum.currency},
        {u"minimum_amount"_s, range.minimum.toDecimal()},
        {u"maximum_amount"_s, range.maximum.toDecimal()},
    };
}

} // namespace

Result<CreatorPage> CreatorCodec::decodeSearchPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    CreatorPage page;
    const QJsonArray creators = reader.optionalArray(u"creators");
    for (qsizetype i = 0; i < creators.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"creators", creators, i);
        page.creators.append(readCreator(item, creators.at(i).toObject()));
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.searchKey = reader.optionalString(u"search_key");
    if (reader.failed())
        return reader.error();
    return page;
}

Result<Creator> CreatorCodec::decodeCreator(const QJsonObject &object, const QString &path)
{
    return decodeWhole(object, path, readCreator);
}

QJsonObject CreatorCodec::encodeCreator(const Creator &creator)
{
    QJsonObject object{
        {u"creator_open_id"_s, creator.openId},
        {u"username"_s, creator.username},
        {u"nickname"_s, creator.nickname},
        {u"avatar"_s, QJsonObject{{u"url"_s, creator.avatarUrl}}},
        {u"follower_count"_s, creator.followerCount},
        {u"avg_ec_live_uv"_s, creator.avgLiveViewers},
        {u"avg_ec_video_view_count"_s, creator.avgVideoViews},
        {u"category_ids"_s, QJsonArray::fromStringList(creator.categoryIds)},
        {u"selection_region"_s, creator.selectionRegion},
    };
    // Like production, figures the creator does not share are left out rather than sent as zero.
    if (creator.gmv)
        object.insert(u"gmv"_s, AffiliateJson::moneyJson(*creator.gmv));
    if (creator.liveGmv)
        object.insert(u"live_gmv"_s, AffiliateJson::moneyJson(*creator.liveGmv));
    if (creator.videoGmv)
        object.insert(u"video_gmv"_s, AffiliateJson::moneyJson(*creator.videoGmv));
    if (creator.gmvRange)
        object.insert(u"gmv_range"_s, rangeJson(*creator.gmvRange));
    if (creator.unitsSoldRange)
        object.insert(u"units_sold_range"_s,
            QJsonObject{{u"minimum_amount"_s, creator.unitsSoldRange->minimum},
                {u"maximum_amount"_s, creator.unitsSoldRange->maximum}});
    return object;
}

} // namespace ShopDesk

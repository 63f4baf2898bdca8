#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/money.h"

namespace ShopDesk {

/// The `gmv_ranges` filter of the creator marketplace search, in whole currency units
/// (reference section 5.5): GMV_RANGE_0_100 … GMV_RANGE_10000_AND_ABOVE.
enum class GmvRange { Upto100, From100To1000, From1000To10000, From10000 };
/// The `units_sold_ranges` filter: UNITS_SOLD_RANGE_0_10 … UNITS_SOLD_RANGE_1000_AND_ABOVE.
enum class UnitsSoldRange { Upto10, From10To100, From100To1000, From1000 };

QString gmvRangeToApi(GmvRange range);
std::optional<GmvRange> gmvRangeFromApi(QStringView text);
QString unitsSoldRangeToApi(UnitsSoldRange range);
std::optional<UnitsSoldRange> unitsSoldRangeFromApi(QStringView text);

/// A band of money the API gives instead of an exact figure (`gmv_range`).
struct MoneyRange
{
    Money minimum;
    Money maximum;

    bool operator==(const MoneyRange &other) const = default;
};

/// A band of counts (`units_sold_range`).
struct CountRange
{
    qint64 minimum = 0;
    qint64 maximum = 0;

    bool operator==(const CountRange &other) const = default;
};

/// A creator of the Creator Marketplace as the seller's search sees them; figures cover the last
/// 30 days. Exact GMV is left out by the API when the creator does not share precise data, and
/// the ranges are US-only, so all of them are optional.
struct Creator
{
    /// `creator_open_id`: what target collaborations take as `creator_user_open_ids`.
    QString openId;
    QString username;
    QString nickname;
    QString avatarUrl;
    qint64 followerCount = 0;
    std::optional<Money> gmv;
    std::optional<Money> liveGmv;
    std::optional<Money> videoGmv;
    std::optional<MoneyRange> gmvRange;
    std::optional<CountRange> unitsSoldRange;
    /// `avg_ec_live_uv` and `avg_ec_video_view_count`.
    qint64 avgLiveViewers = 0;
    qint64 avgVideoViews = 0;
    /// Top-level product category ids the creator promotes.
    QStringList categoryIds;
    QString selectionRegion;

    bool operator==(const Creator &other) const = default;
};

} // namespace ShopDesk

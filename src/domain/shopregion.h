#pragma once

#include <QDate>
#include <QStringView>
#include <QTimeZone>

namespace ShopDesk {

/// What ShopDesk knows about a shop's region without asking the server. The API reports analytics
/// in shop-local days (reference section 5.6) but no endpoint names the shop's time zone, so it
/// follows from the region, as Seller Center shows it.
class ShopRegion final
{
public:
    /// The IANA zone of a region code ("US" → America/Los_Angeles); UTC for unknown codes.
    static QTimeZone timeZone(QStringView region);
    /// The currency a region's shops sell in (reference: US USD, GB GBP, ID IDR, …); empty when
    /// unknown.
    static QString currency(QStringView region);
    /// The shop-local date at the UTC instant `utc`.
    static QDate localDate(QStringView region, const QDateTime &utc);
};

} // namespace ShopDesk

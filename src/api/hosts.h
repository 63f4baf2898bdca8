#pragma once

#include <QStringView>

namespace ShopDesk {

/// Production endpoints of the TikTok Shop Open API (reference section 1). ShopProfile starts from
/// these; the sandbox and the tests point a profile at 127.0.0.1 instead.
struct ProductionHosts
{
    static constexpr QStringView api = u"https://open-api.tiktokglobalshop.com";
    static constexpr QStringView auth = u"https://auth.tiktok-shops.com";
    static constexpr QStringView authorizeRestOfWorld = u"https://services.tiktokshop.com/open/authorize";
    // Reference section 11.1: the 202309 and 202407 guides disagree on the US host; this is the one
    // place to change when it is confirmed.
    static constexpr QStringView authorizeUnitedStates = u"https://services.us.tiktokshop.com/open/authorize";
};

} // namespace ShopDesk

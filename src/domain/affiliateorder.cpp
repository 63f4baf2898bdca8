#include "affiliateorder.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array statusNames{
    EnumName<AffiliateOrderStatus>{AffiliateOrderStatus::Processing, u"PROCESSING"},
    EnumName<AffiliateOrderStatus>{AffiliateOrderStatus::Completed, u"COMPLETED"},
    EnumName<AffiliateOrderStatus>{AffiliateOrderStatus::Cancelled, u"CANCELLED"},
    EnumName<AffiliateOrderStatus>{AffiliateOrderStatus::Frozen, u"FROZEN"},
    EnumName<AffiliateOrderStatus>{AffiliateOrderStatus::Deducted, u"DEDUCTED"},
};

constexpr std::array contentTypeNames{
    EnumName<ContentType>{ContentType::Shop, u"SHOP"},
    EnumName<ContentType>{ContentType::Video, u"VIDEO"},
    EnumName<ContentType>{ContentType::Live, u"LIVE"},
    EnumName<ContentType>{ContentType::PreLive, u"PRE_LIVE"},
    EnumName<ContentType>{ContentType::PromotionPage, u"PROMOTION_PAGE"},
    EnumName<ContentType>{ContentType::LinkShare, u"LINKSHARE"},
};

} // namespace

QString affiliateOrderStatusToApi(AffiliateOrderStatus status)
{
    return enumToName(statusNames, status, u"UNKNOWN");
}

AffiliateOrderStatus affiliateOrderStatusFromApi(QStringView text)
{
    return enumFromName(statusNames, text).value_or(AffiliateOrderStatus::Unknown);
}

QString contentTypeToApi(ContentType type)
{
    return enumToName(contentTypeNames, type, u"UNKNOWN");
}

ContentType contentTypeFromApi(QStringView text)
{
    return enumFromName(contentTypeNames, text).value_or(ContentType::Unknown);
}

Money AffiliateOrderSku::gmv() const
{
    return Money{price.minor * quantity, price.currency};
}

} // namespace ShopDesk

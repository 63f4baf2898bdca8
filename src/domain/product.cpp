#include "product.h"

#include <QStringList>

#include "core/enumnames.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

using StatusName = EnumName<ProductStatus>;

constexpr std::array statusNames{
    StatusName{ProductStatus::Draft, u"DRAFT"},
    StatusName{ProductStatus::Pending, u"PENDING"},
    StatusName{ProductStatus::Failed, u"FAILED"},
    StatusName{ProductStatus::Activate, u"ACTIVATE"},
    StatusName{ProductStatus::SellerDeactivated, u"SELLER_DEACTIVATED"},
    StatusName{ProductStatus::PlatformDeactivated, u"PLATFORM_DEACTIVATED"},
    StatusName{ProductStatus::Freeze, u"FREEZE"},
    StatusName{ProductStatus::Deleted, u"DELETED"},
};

} // namespace

ProductStatus productStatusFromApi(QStringView text)
{
    return enumFromName(statusNames, text).value_or(ProductStatus::Unknown);
}

QString productStatusToApi(ProductStatus status)
{
    return enumToName(statusNames, status, u"UNKNOWN");
}

qint64 Sku::totalStock() const
{
    qint64 total = 0;
    for (const WarehouseStock &stock : inventory)
        total += stock.quantity;
    return total;
}

qint64 Product::totalStock() const
{
    qint64 total = 0;
    for (const Sku &sku : skus)
        total += sku.totalStock();
    return total;
}

std::optional<std::pair<Money, Money>> Product::priceRange() const
{
    if (skus.isEmpty())
        return std::nullopt;
    Money low = skus.first().price;
    Money high = low;
    for (const Sku &sku : skus) {
        if (sku.price.minor < low.minor)
            low = sku.price;
        if (sku.price.minor > high.minor)
            high = sku.price;
    }
    return std::pair{low, high};
}

QStringList Product::sellerSkus() const
{
    QStringList result;
    result.reserve(skus.size());
    for (const Sku &sku : skus)
        result.append(sku.sellerSku);
    return result;
}

} // namespace ShopDesk

#include "shipping.h"

#include <array>

#include "core/enumnames.h"

namespace ShopDesk {

namespace {

constexpr std::array documentTypeNames{
    EnumName<ShippingDocumentType>{ShippingDocumentType::ShippingLabel, u"SHIPPING_LABEL"},
    EnumName<ShippingDocumentType>{ShippingDocumentType::PackingSlip, u"PACKING_SLIP"},
};

} // namespace

std::optional<ShippingDocumentType> shippingDocumentTypeFromApi(QStringView text)
{
    return enumFromName(documentTypeNames, text);
}

QString shippingDocumentTypeToApi(ShippingDocumentType type)
{
    return enumToName(documentTypeNames, type, u"");
}

} // namespace ShopDesk

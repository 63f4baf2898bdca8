#include "sandboxdraftcheck.h"

#include <QSet>

#include "domain/listingrules.h"
#include "sandbox/listingseed.h"
#include "sandbox/sandboximagestore.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

std::optional<QString> SandboxDraftCheck::problem(
    const SandboxShop &shop, const ProductDraft &draft, const SandboxImageStore &images)
{
    if (auto problem = checkText(shop, draft))
        return problem;
    if (auto problem = checkCategory(draft))
        return problem;
    if (auto problem = checkImages(draft, images))
        return problem;
    if (auto problem = checkSkus(shop, draft))
        return problem;
    return checkPackage(shop, draft);
}

std::optional<QString> SandboxDraftCheck::checkText(const SandboxShop &shop, const ProductDraft &draft)
{
    const qsizetype title = draft.title.trimmed().size();
    const qsizetype shortest = ListingRules::minTitleLength(shop.info.region);
    if (title < shortest || title > ListingRules::maxTitleLength)
        return u"The product name must have from %1 to %2 characters."_s.arg(shortest).arg(
            ListingRules::maxTitleLength);
    if (ListingRules::hasChineseCharacters(draft.title))
        return u"Chinese characters are not allowed in the product name."_s;
    if (draft.description.size() > ListingRules::maxDescriptionLength)
        return u"The description must be within %1 characters."_s.arg(ListingRules::maxDescriptionLength);
    if (draft.saveMode == SaveMode::Listing && draft.description.trimmed().isEmpty())
        return u"A description is required to list the product."_s;
    if (!draft.brandId.isEmpty() && !ListingSeed::brand(draft.brandId))
        return u"Brand %1 does not exist."_s.arg(draft.brandId);
    return std::nullopt;
}

std::optional<QString> SandboxDraftCheck::checkCategory(const ProductDraft &draft)
{
    const std::optional<Category> category = ListingSeed::category(draft.categoryId);
    if (!category)
        return u"Category %1 does not exist."_s.arg(draft.categoryId);
    if (!category->isLeaf)
        return u"Category %1 is not a leaf category; products can only be created in leaf categories."_s.arg(
            draft.categoryId);
    if (draft.saveMode != SaveMode::Listing)
        return std::nullopt;
    for (const CategoryAttribute &attribute : ListingSeed::attributes(draft.categoryId)) {
        if (attribute.type != AttributeType::Product || !attribute.required)
            continue;
        const auto given = std::find_if(draft.productAttributes.cbegin(), draft.productAttributes.cend(),
            [&attribute](const ProductAttribute &candidate) { return candidate.id == attribute.id; });
        if (given == draft.productAttributes.cend() || given->values.isEmpty())
            return u"The product attribute %1 (%2) is required in this category."_s.arg(attribute.name, attribute.id);
    }
    return std::nullopt;
}

std::optional<QString> SandboxDraftCheck::checkImages(const ProductDraft &draft, const SandboxImageStore &images)
{
    if (draft.mainImageUris.size() > ListingRules::maxMainImages)
        return u"A product may have at most %1 main images."_s.arg(ListingRules::maxMainImages);
    if (draft.saveMode == SaveMode::Listing && draft.mainImageUris.isEmpty())
        return u"At least one main image is required to list the product."_s;
    for (const QString &uri : draft.mainImageUris) {
        if (!images.contains(uri))
            return u"Image %1 was not uploaded with the Upload Image API."_s.arg(uri);
    }
    return std::nullopt;
}

std::optional<QString> SandboxDraftCheck::checkSkus(const SandboxShop &shop, const ProductDraft &draft)
{
    if (draft.skus.isEmpty() || draft.skus.size() > ListingRules::maxSkus)
        return u"A product must have from 1 to %1 SKUs."_s.arg(ListingRules::maxSkus);
    QSet<QString> variations;
    for (const DraftSku &sku : draft.skus) {
        if (sku.sellerSku.size() > ListingRules::maxSellerSkuLength)
            return u"seller_sku must be within %1 characters."_s.arg(ListingRules::maxSellerSkuLength);
        if (sku.price.currency != shop.currency || sku.price.minor <= 0)
            return u"The price of SKU %1 must be a positive amount in %2."_s.arg(sku.sellerSku, shop.currency);
        if (sku.inventory.isEmpty())
            return u"SKU %1 needs its stock in at least one warehouse."_s.arg(sku.sellerSku);
        for (const WarehouseStock &stock : sku.inventory) {
            if (!shop.warehouseIds.contains(stock.warehouseId))
                return u"Warehouse %1 does not belong to this shop."_s.arg(stock.warehouseId);
            if (stock.quantity < ListingRules::minStock || stock.quantity > ListingRules::maxStock)
                return u"quantity must be from %1 to %2."_s.arg(ListingRules::minStock).arg(ListingRules::maxStock);
        }
        QStringList values;
        for (const SalesAttribute &attribute : sku.salesAttributes)
            values.append(attribute.id + attribute.name + u'=' + attribute.valueId + attribute.valueName);
        if (draft.skus.size() > 1 && (values.isEmpty() || variations.contains(values.join(u'|'))))
            return u"The sales attributes of SKUs must be given and must not repeat."_s;
        variations.insert(values.join(u'|'));
    }
    return std::nullopt;
}

std::optional<QString> SandboxDraftCheck::checkPackage(const SandboxShop &shop, const ProductDraft &draft)
{
    bool ok = false;
    const double weight = draft.packageWeight.value.toDouble(&ok); // a measure, not money
    const bool us = shop.info.region == u"US";
    const QString &unit = draft.packageWeight.unit;
    if (!ok || weight <= 0)
        return u"package_weight.value must be a positive number."_s;
    if (unit != u"KILOGRAM" && !(us && unit == u"POUND"))
        return u"package_weight.unit %1 is not supported in this market."_s.arg(unit);
    if (const auto &size = draft.packageDimensions) {
        for (const QString &side : {size->length, size->width, size->height}) {
            if (side.toLongLong(&ok) <= 0 || !ok)
                return u"package_dimensions must be positive whole numbers."_s;
        }
        if (size->unit != u"CENTIMETER" && !(us && size->unit == u"INCH"))
            return u"package_dimensions.unit %1 is not supported in this market."_s.arg(size->unit);
    }
    return std::nullopt;
}

} // namespace ShopDesk

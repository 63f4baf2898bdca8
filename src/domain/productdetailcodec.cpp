#include "productdetailcodec.h"

#include <QJsonArray>

#include "domain/jsonreader.h"
#include "domain/listingcodec.h"
#include "domain/productcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QList<ProductImage> readImages(JsonReader &reader)
{
    QList<ProductImage> images;
    const QJsonArray list = reader.optionalArray(u"main_images");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader image = reader.element(u"main_images", list, i);
        images.append({image.string(u"uri"), image.stringList(u"urls"), image.stringList(u"thumb_urls"),
            image.optionalInteger(u"width").value_or(0), image.optionalInteger(u"height").value_or(0)});
    }
    return images;
}

QList<Category> readChain(JsonReader &reader)
{
    QList<Category> chain;
    const QJsonArray list = reader.optionalArray(u"category_chains");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader category = reader.element(u"category_chains", list, i);
        chain.append({category.id(u"id"), category.optionalString(u"parent_id"), category.optionalString(u"local_name"),
            category.boolean(u"is_leaf", false)});
    }
    return chain;
}

QList<AuditFailure> readAuditFailures(JsonReader &reader)
{
    QList<AuditFailure> failures;
    const QJsonArray list = reader.optionalArray(u"audit_failed_reasons");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader failure = reader.element(u"audit_failed_reasons", list, i);
        failures.append(
            {failure.optionalString(u"position"), failure.stringList(u"reasons"), failure.stringList(u"suggestions")});
    }
    return failures;
}

void readPackage(JsonReader &reader, ProductDetail &detail)
{
    if (reader.has(u"package_weight")) {
        JsonReader weight = reader.object(u"package_weight");
        detail.packageWeight = PackageWeight{weight.optionalString(u"value"), weight.optionalString(u"unit")};
    }
    if (reader.has(u"package_dimensions")) {
        JsonReader size = reader.object(u"package_dimensions");
        detail.packageDimensions = PackageDimensions{size.optionalString(u"length"), size.optionalString(u"width"),
            size.optionalString(u"height"), size.optionalString(u"unit")};
    }
}

} // namespace

Result<ProductDetail> ProductDetailCodec::decode(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    ProductDetail detail;
    detail.product = ProductCodec::decodeSearchProduct(reader);
    detail.description = reader.optionalString(u"description");
    detail.categoryChain = readChain(reader);
    JsonReader brand = reader.optionalObject(u"brand");
    detail.brandId = brand.optionalString(u"id");
    detail.brandName = brand.optionalString(u"name");
    detail.mainImages = readImages(reader);
    const QJsonArray skus = reader.optionalArray(u"skus");
    for (qsizetype i = 0; i < skus.size() && !reader.failed(); ++i) {
        JsonReader sku = reader.element(u"skus", skus, i);
        const QList<SalesAttribute> attributes = ListingCodec::readSalesAttributes(sku);
        if (!attributes.isEmpty() && i < detail.product.skus.size())
            detail.salesAttributes.insert(detail.product.skus.at(i).id, attributes);
    }
    detail.productAttributes = ListingCodec::readProductAttributes(reader);
    readPackage(reader, detail);
    detail.auditFailures = readAuditFailures(reader);
    detail.externalProductId = reader.optionalString(u"external_product_id");
    if (reader.failed())
        return reader.error();
    return detail;
}

QJsonObject ProductDetailCodec::encode(const ProductDetail &detail)
{
    QJsonObject json = ProductCodec::encodeDetail(detail.product);
    QJsonArray skus = json.value(u"skus").toArray();
    for (qsizetype i = 0; i < skus.size(); ++i) {
        QJsonObject sku = skus.at(i).toObject();
        sku.insert(u"sales_attributes"_s,
            ListingCodec::encodeSalesAttributes(detail.salesAttributesOf(detail.product.skus.at(i).id)));
        skus.replace(i, sku);
    }
    json.insert(u"skus"_s, skus);
    json.insert(u"description"_s, detail.description);
    QJsonArray chain;
    for (const Category &category : detail.categoryChain) {
        chain.append(QJsonObject{{u"id"_s, category.id}, {u"parent_id"_s, category.parentId},
            {u"local_name"_s, category.name}, {u"is_leaf"_s, category.isLeaf}});
    }
    json.insert(u"category_chains"_s, chain);
    if (!detail.brandId.isEmpty())
        json.insert(u"brand"_s, QJsonObject{{u"id"_s, detail.brandId}, {u"name"_s, detail.brandName}});
    QJsonArray images;
    for (const ProductImage &image : detail.mainImages) {
        images.append(QJsonObject{{u"uri"_s, image.uri}, {u"urls"_s, stringArray(image.urls)},
            {u"thumb_urls"_s, stringArray(image.thumbUrls)}, {u"width"_s, image.width}, {u"height"_s, image.height}});
    }
    json.insert(u"main_images"_s, images);
    json.insert(u"product_attributes"_s, ListingCodec::encodeProductAttributes(detail.productAttributes));
    if (const auto &weight = detail.packageWeight)
        json.insert(u"package_weight"_s, QJsonObject{{u"value"_s, weight->value}, {u"unit"_s, weight->unit}});
    if (const auto &size = detail.packageDimensions) {
        json.insert(u"package_dimensions"_s,
            QJsonObject{{u"length"_s, size->length}, {u"width"_s, size->width}, {u"height"_s, size->height},
                {u"unit"_s, size->unit}});
    }
    QJsonArray failures;
    for (const AuditFailure &failure : detail.auditFailures) {
        failures.append(QJsonObject{{u"position"_s, failure.position}, {u"reasons"_s, stringArray(failure.reasons)},
            {u"suggestions"_s, stringArray(failure.suggestions)}});
    }
    json.insert(u"audit_failed_reasons"_s, failures);
    if (!detail.externalProductId.isEmpty())
        json.insert(u"external_product_id"_s, detail.externalProductId);
    return json;
}

} // namespace ShopDesk

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/listingcatalog.h"
#include "domain/productdraft.h"

namespace ShopDesk {

class JsonReader;

/// One page of `GET /product/202309/brands`.
struct BrandPage
{
    QList<Brand> brands;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// The JSON of listing a product (reference section 5.1), both ways: categories, attributes,
/// brands, warehouses, image uploads, and the body and answer of a create. The client decodes
/// answers and encodes requests; the sandbox does the opposite.
class ListingCodec final
{
public:
    /// The attributes endpoint spells its flag `is_requried` (sic) in the published reference;
    /// both spellings are read, this one is written. The one place to change it.
    static constexpr QStringView requiredFlagKey = u"is_requried";

    static Result<QList<Category>> decodeCategories(const QJsonObject &data);
    static QJsonObject encodeCategories(const QList<Category> &categories);
    static Result<QList<CategoryAttribute>> decodeAttributes(const QJsonObject &data);
    static QJsonObject encodeAttributes(const QList<CategoryAttribute> &attributes);
    static Result<BrandPage> decodeBrandPage(const QJsonObject &data);
    static QJsonObject encodeBrandPage(const BrandPage &page);
    static Result<QList<Warehouse>> decodeWarehouses(const QJsonObject &data);
    static QJsonObject encodeWarehouses(const QList<Warehouse> &warehouses);
    static Result<UploadedImage> decodeUploadedImage(const QJsonObject &data);
    static QJsonObject encodeUploadedImage(const UploadedImage &image);

    /// The body of a create or full edit.
    static QJsonObject encodeDraft(const ProductDraft &draft);
    /// Reads a create body; prices are read in `currency` minor units when they carry none.
    static Result<ProductDraft> decodeDraft(const QJsonObject &body);
    static Result<SavedProduct> decodeSaved(const QJsonObject &data);
    static QJsonObject encodeSaved(const SavedProduct &saved);

    static QList<SalesAttribute> readSalesAttributes(JsonReader &sku);
    static QJsonArray encodeSalesAttributes(const QList<SalesAttribute> &attributes);
    static QList<ProductAttribute> readProductAttributes(JsonReader &reader);
    static QJsonArray encodeProductAttributes(const QList<ProductAttribute> &attributes);
};

} // namespace ShopDesk

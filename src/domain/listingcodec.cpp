#include "listingcodec.h"

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

template <typename T, typename Read>
QList<T> readList(JsonReader &reader, QStringView key, Read read)
{
    QList<T> items;
    const QJsonArray array = reader.optionalArray(key);
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        JsonReader element = reader.element(key, array, i);
        items.append(read(element));
    }
    return items;
}

QList<AttributeValue> readValues(JsonReader &reader)
{
    return readList<AttributeValue>(reader, u"values", [](JsonReader &value) {
        return AttributeValue{value.optionalString(u"id"), value.optionalString(u"name")};
    });
}

QJsonArray encodeValues(const QList<AttributeValue> &values)
{
    QJsonArray list;
    for (const AttributeValue &value : values) {
        QJsonObject entry;
        if (!value.id.isEmpty())
            entry.insert(u"id"_s, value.id);
        if (!value.name.isEmpty())
            entry.insert(u"name"_s, value.name);
        list.append(entry);
    }
    return list;
}

QJsonObject insertIfSet(QJsonObject object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
    return object;
}

Money readMoney(JsonReader &price)
{
    const QString currency = price.string(u"currency");
    const QString amount = price.string(u"amount");
    if (price.failed())
        return {};
    Result<Money> money = Money::fromDecimal(amount, currency);
    if (!money) {
        price.fail(u"amount", money.error().message);
        return {};
    }
    return std::move(money).value();
}

DraftSku readDraftSku(JsonReader &reader)
{
    DraftSku sku;
    sku.sellerSku = reader.optionalString(u"seller_sku");
    JsonReader price = reader.object(u"price");
    sku.price = readMoney(price);
    sku.inventory = readList<WarehouseStock>(reader, u"inventory", [](JsonReader &stock) {
        return WarehouseStock{stock.id(u"warehouse_id"), stock.optionalInteger(u"quantity").value_or(0)};
    });
    if (!reader.has(u"inventory"))
        reader.fail(u"inventory", u"required field is missing"_s);
    sku.salesAttributes = ListingCodec::readSalesAttributes(reader);
    return sku;
}

} // namespace

Result<QList<Category>> ListingCodec::decodeCategories(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    QList<Category> categories = readList<Category>(reader, u"categories", [](JsonReader &category) {
        return Category{category.id(u"id"), category.optionalString(u"parent_id"), category.string(u"local_name"),
            category.boolean(u"is_leaf", false)};
    });
    if (reader.failed())
        return reader.error();
    return categories;
}

QJsonObject ListingCodec::encodeCategories(const QList<Category> &categories)
{
    QJsonArray list;
    for (const Category &category : categories) {
        list.append(
            QJsonObject{{u"id"_s, category.id}, {u"parent_id"_s, category.parentId}, {u"local_name"_s, category.name},
                {u"is_leaf"_s, category.isLeaf}, {u"permission_statuses"_s, QJsonArray{u"AVAILABLE"_s}}});
    }
    return {{u"categories"_s, list}};
}

Result<QList<CategoryAttribute>> ListingCodec::decodeAttributes(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    QList<CategoryAttribute> attributes = readList<CategoryAttribute>(reader, u"attributes", [](JsonReader &entry) {
        CategoryAttribute attribute;
        attribute.id = entry.id(u"id");
        attribute.name = entry.string(u"name");
        const QString type = entry.string(u"type");
        if (type == u"SALES_PROPERTY")
            attribute.type = AttributeType::Sales;
        else if (type == u"PRODUCT_PROPERTY")
            attribute.type = AttributeType::Product;
        else if (!entry.failed())
            entry.fail(u"type", u"unknown attribute type %1"_s.arg(type));
        attribute.required = entry.boolean(requiredFlagKey, entry.boolean(u"is_required", false));
        attribute.multipleSelection = entry.boolean(u"is_multiple_selection", false);
        attribute.customizable = entry.boolean(u"is_customizable", false);
        attribute.values = readValues(entry);
        return attribute;
    });
    if (reader.failed())
        return reader.error();
    return attributes;
}

QJsonObject ListingCodec::encodeAttributes(const QList<CategoryAttribute> &attributes)
{
    QJsonArray list;
    for (const CategoryAttribute &attribute : attributes) {
        list.append(QJsonObject{{u"id"_s, attribute.id}, {u"name"_s, attribute.name},
            {u"type"_s, attribute.type == AttributeType::Sales ? u"SALES_PROPERTY"_s : u"PRODUCT_PROPERTY"_s},
            {requiredFlagKey.toString(), attribute.required}, {u"is_multiple_selection"_s, attribute.multipleSelection},
            {u"is_customizable"_s, attribute.customizable}, {u"values"_s, encodeValues(attribute.values)}});
    }
    return {{u"attributes"_s, list}};
}

Result<BrandPage> ListingCodec::decodeBrandPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    BrandPage page;
    page.brands = readList<Brand>(reader, u"brands", [](JsonReader &brand) {
        return Brand{brand.id(u"id"), brand.string(u"name"), brand.optionalString(u"authorized_status")};
    });
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.brands.size());
    if (reader.failed())
        return reader.error();
    return page;
}

QJsonObject ListingCodec::encodeBrandPage(const BrandPage &page)
{
    QJsonArray list;
    for (const Brand &brand : page.brands) {
        list.append(
            QJsonObject{{u"id"_s, brand.id}, {u"name"_s, brand.name}, {u"authorized_status"_s, brand.authorizedStatus},
                {u"brand_status"_s, u"AVAILABLE"_s}, {u"is_t1_brand"_s, false}});
    }
    return {{u"brands"_s, list}, {u"total_count"_s, page.totalCount}, {u"next_page_token"_s, page.nextPageToken}};
}

Result<QList<Warehouse>> ListingCodec::decodeWarehouses(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    QList<Warehouse> warehouses = readList<Warehouse>(reader, u"warehouses", [](JsonReader &warehouse) {
        return Warehouse{
            warehouse.id(u"id"), warehouse.optionalString(u"name"), warehouse.boolean(u"is_default", false)};
    });
    if (reader.failed())
        return reader.error();
    return warehouses;
}

QJsonObject ListingCodec::encodeWarehouses(const QList<Warehouse> &warehouses)
{
    QJsonArray list;
    for (const Warehouse &warehouse : warehouses) {
        list.append(
            QJsonObject{{u"id"_s, warehouse.id}, {u"name"_s, warehouse.name}, {u"is_default"_s, warehouse.isDefault},
                {u"type"_s, u"SALES_WAREHOUSE"_s}, {u"effect_status"_s, u"ENABLED"_s}});
    }
    return {{u"warehouses"_s, list}};
}

Result<UploadedImage> ListingCodec::decodeUploadedImage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    UploadedImage image;
    image.uri = reader.string(u"uri");
    image.url = reader.optionalString(u"url");
    image.width = reader.optionalInteger(u"width").value_or(0);
    image.height = reader.optionalInteger(u"height").value_or(0);
    image.useCase = imageUseCaseFromApi(reader.optionalString(u"use_case")).value_or(ImageUseCase::MainImage);
    if (reader.failed())
        return reader.error();
    return image;
}

QJsonObject ListingCodec::encodeUploadedImage(const UploadedImage &image)
{
    return {{u"uri"_s, image.uri}, {u"url"_s, image.url}, {u"width"_s, image.width}, {u"height"_s, image.height},
        {u"use_case"_s, imageUseCaseToApi(image.useCase)}};
}

QList<SalesAttribute> ListingCodec::readSalesAttributes(JsonReader &sku)
{
    return readList<SalesAttribute>(sku, u"sales_attributes", [](JsonReader &attribute) {
        SalesAttribute result;
        result.id = attribute.optionalString(u"id");
        result.name = attribute.optionalString(u"name");
        result.valueId = attribute.optionalString(u"value_id");
        result.valueName = attribute.optionalString(u"value_name");
        result.skuImageUri = attribute.optionalObject(u"sku_img").optionalString(u"uri");
        return result;
    });
}

QJsonArray ListingCodec::encodeSalesAttributes(const QList<SalesAttribute> &attributes)
{
    QJsonArray list;
    for (const SalesAttribute &attribute : attributes) {
        QJsonObject entry = insertIfSet({}, u"id"_s, attribute.id);
        entry = insertIfSet(entry, u"name"_s, attribute.name);
        entry = insertIfSet(entry, u"value_id"_s, attribute.valueId);
        entry = insertIfSet(entry, u"value_name"_s, attribute.valueName);
        if (!attribute.skuImageUri.isEmpty())
            entry.insert(u"sku_img"_s, QJsonObject{{u"uri"_s, attribute.skuImageUri}});
        list.append(entry);
    }
    return list;
}

QList<ProductAttribute> ListingCodec::readProductAttributes(JsonReader &reader)
{
    return readList<ProductAttribute>(reader, u"product_attributes", [](JsonReader &attribute) {
        return ProductAttribute{attribute.id(u"id"), attribute.optionalString(u"name"), readValues(attribute)};
    });
}

QJsonArray ListingCodec::encodeProductAttributes(const QList<ProductAttribute> &attributes)
{
    QJsonArray list;
    for (const ProductAttribute &attribute : attributes) {
        list.append(insertIfSet(QJsonObject{{u"id"_s, attribute.id}, {u"values"_s, encodeValues(attribute.values)}},
            u"name"_s, attribute.name));
    }
    return list;
}

QJsonObject ListingCodec::encodeDraft(const ProductDraft &draft)
{
    QJsonArray images;
    for (const QString &uri : draft.mainImageUris)
        images.append(QJsonObject{{u"uri"_s, uri}});
    QJsonArray skus;
    for (const DraftSku &sku : draft.skus) {
        QJsonArray inventory;
        for (const WarehouseStock &stock : sku.inventory)
            inventory.append(QJsonObject{{u"warehouse_id"_s, stock.warehouseId}, {u"quantity"_s, stock.quantity}});
        QJsonObject entry{
            {u"price"_s, QJsonObject{{u"amount"_s, sku.price.toDecimal()}, {u"currency"_s, sku.price.currency}}},
            {u"inventory"_s, inventory}, {u"sales_attributes"_s, encodeSalesAttributes(sku.salesAttributes)}};
        skus.append(insertIfSet(entry, u"seller_sku"_s, sku.sellerSku));
    }
    QJsonObject body{{u"title"_s, draft.title}, {u"description"_s, draft.description},
        {u"category_id"_s, draft.categoryId}, {u"main_images"_s, images}, {u"skus"_s, skus},
        {u"package_weight"_s,
            QJsonObject{{u"value"_s, draft.packageWeight.value}, {u"unit"_s, draft.packageWeight.unit}}},
        {u"save_mode"_s, saveModeToApi(draft.saveMode)}};
    body = insertIfSet(body, u"brand_id"_s, draft.brandId);
    body = insertIfSet(body, u"external_product_id"_s, draft.externalProductId);
    if (!draft.productAttributes.isEmpty())
        body.insert(u"product_attributes"_s, encodeProductAttributes(draft.productAttributes));
    if (const auto &size = draft.packageDimensions) {
        body.insert(u"package_dimensions"_s,
            QJsonObject{{u"length"_s, size->length}, {u"width"_s, size->width}, {u"height"_s, size->height},
                {u"unit"_s, size->unit}});
    }
    return body;
}

Result<ProductDraft> ListingCodec::decodeDraft(const QJsonObject &body)
{
    JsonReader reader(body);
    ProductDraft draft;
    draft.title = reader.string(u"title");
    draft.description = reader.string(u"description");
    draft.categoryId = reader.id(u"category_id");
    draft.brandId = reader.optionalString(u"brand_id");
    draft.externalProductId = reader.optionalString(u"external_product_id");
    const QString mode = reader.optionalString(u"save_mode");
    const std::optional<SaveMode> saveMode = mode.isEmpty() ? SaveMode::Listing : saveModeFromApi(mode);
    if (!saveMode)
        reader.fail(u"save_mode", u"unknown save mode %1"_s.arg(mode));
    draft.saveMode = saveMode.value_or(SaveMode::Listing);
    const QList<QString> uris
        = readList<QString>(reader, u"main_images", [](JsonReader &image) { return image.string(u"uri"); });
    draft.mainImageUris = QStringList(uris.cbegin(), uris.cend());
    if (!reader.has(u"skus"))
        reader.fail(u"skus", u"required field is missing"_s);
    draft.skus = readList<DraftSku>(reader, u"skus", readDraftSku);
    draft.productAttributes = readProductAttributes(reader);
    JsonReader weight = reader.object(u"package_weight");
    draft.packageWeight = {weight.string(u"value"), weight.string(u"unit")};
    if (reader.has(u"package_dimensions")) {
        JsonReader size = reader.object(u"package_dimensions");
        draft.packageDimensions = PackageDimensions{
            size.string(u"length"), size.string(u"width"), size.string(u"height"), size.string(u"unit")};
    }
    if (reader.failed())
        return reader.error();
    return draft;
}

Result<SavedProduct> ListingCodec::decodeSaved(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    SavedProduct saved;
    saved.productId = reader.id(u"product_id");
    saved.skuIds = readList<std::pair<QString, QString>>(reader, u"skus", [](JsonReader &sku) {
        return std::pair{sku.optionalString(u"seller_sku"), sku.id(u"id")};
    });
    const QList<QString> warnings = readList<QString>(
        reader, u"warnings", [](JsonReader &warning) { return warning.optionalString(u"message"); });
    saved.warnings = QStringList(warnings.cbegin(), warnings.cend());
    if (reader.failed())
        return reader.error();
    return saved;
}

QJsonObject ListingCodec::encodeSaved(const SavedProduct &saved)
{
    QJsonArray skus;
    for (const auto &[sellerSku, id] : saved.skuIds)
        skus.append(QJsonObject{{u"id"_s, id}, {u"seller_sku"_s, sellerSku}, {u"sales_attributes"_s, QJsonArray()}});
    QJsonArray warnings;
    for (const QString &warning : saved.warnings)
        warnings.append(QJsonObject{{u"message"_s, warning}});
    return {{u"product_id"_s, saved.productId}, {u"skus"_s, skus}, {u"warnings"_s, warnings}};
}

} // namespace ShopDesk

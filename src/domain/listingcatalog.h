#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace ShopDesk {

/// A node of the category tree (`GET /product/202309/categories`). Products are created in leaf
/// categories only (reference section 5.1).
struct Category
{
    QString id;
    /// "0" for a top-level category.
    QString parentId;
    QString name;
    bool isLeaf = false;

    bool operator==(const Category &other) const = default;
};

/// A value the platform offers for an attribute, or one the seller typed (no id).
struct AttributeValue
{
    QString id;
    QString name;

    bool operator==(const AttributeValue &other) const = default;
};

enum class AttributeType {
    /// A variation of the SKUs ("Color", "Size"): each SKU has one value.
    Sales,
    /// A fact about the product ("Material"), possibly required for its category.
    Product,
};

/// An attribute of a category (`GET /product/202309/categories/{category_id}/attributes`).
struct CategoryAttribute
{
    QString id;
    QString name;
    AttributeType type = AttributeType::Product;
    /// Only product attributes can be required.
    bool required = false;
    bool multipleSelection = false;
    /// Whether the seller may type a value of their own.
    bool customizable = false;
    QList<AttributeValue> values;

    bool operator==(const CategoryAttribute &other) const = default;
};

struct Brand
{
    QString id;
    QString name;
    /// AUTHORIZED or UNAUTHORIZED; an unauthorized brand is kept for statistics only.
    QString authorizedStatus;

    bool operator==(const Brand &other) const = default;
};

/// A warehouse of the shop (`GET /logistics/202309/warehouses`); SKU stock is kept per warehouse.
struct Warehouse
{
    QString id;
    QString name;
    bool isDefault = false;

    bool operator==(const Warehouse &other) const = default;
};

/// What an image upload is for; the server crops main and attribute images to 3:4 – 4:3.
enum class ImageUseCase { MainImage, AttributeImage, DescriptionImage, CertificationImage, SizeChartImage };

QString imageUseCaseToApi(ImageUseCase useCase);
std::optional<ImageUseCase> imageUseCaseFromApi(QStringView text);

/// The answer to `POST /product/202309/images/upload`: `uri` goes into writes, `url` shows it.
struct UploadedImage
{
    QString uri;
    QString url;
    qint64 width = 0;
    qint64 height = 0;
    ImageUseCase useCase = ImageUseCase::MainImage;

    bool operator==(const UploadedImage &other) const = default;
};

} // namespace ShopDesk

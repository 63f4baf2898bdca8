#include "listingseed.h"

#include <array>

#include "domain/product.h"
#include "sandbox/sandboximagestore.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct CategoryRow
{
    QStringView id;
    QStringView parentId;
    QStringView name;
};

// Top level, middle level, then the leaves where products go.
constexpr std::array categoryRows{
    CategoryRow{u"600001", u"0", u"Phones & Electronics"},
    CategoryRow{u"600002", u"0", u"Home & Living"},
    CategoryRow{u"600003", u"0", u"Beauty & Personal Care"},
    CategoryRow{u"600004", u"0", u"Fashion"},
    CategoryRow{u"600005", u"0", u"Sports & Outdoor"},
    CategoryRow{u"600006", u"0", u"Toys & Hobbies"},
    CategoryRow{u"600007", u"0", u"Pet Supplies"},
    CategoryRow{u"600101", u"600001", u"Audio & Video"},
    CategoryRow{u"600102", u"600001", u"Phone Accessories"},
    CategoryRow{u"600103", u"600001", u"Smart Devices"},
    CategoryRow{u"600201", u"600002", u"Kitchenware"},
    CategoryRow{u"600202", u"600002", u"Lighting & Decor"},
    CategoryRow{u"600203", u"600002", u"Bedding"},
    CategoryRow{u"600204", u"600002", u"Household Appliances"},
    CategoryRow{u"600301", u"600003", u"Skincare"},
    CategoryRow{u"600302", u"600003", u"Makeup"},
    CategoryRow{u"600303", u"600003", u"Nails"},
    CategoryRow{u"600401", u"600004", u"Tops"},
    CategoryRow{u"600501", u"600005", u"Fitness"},
    CategoryRow{u"600502", u"600005", u"Outdoor Gear"},
    CategoryRow{u"600601", u"600006", u"Building Toys"},
    CategoryRow{u"600701", u"600007", u"Grooming"},
    CategoryRow{u"601101", u"600101", u"Earphones & Headsets"},
    CategoryRow{u"601102", u"600102", u"Phone Cases"},
    CategoryRow{u"601103", u"600102", u"Phone Mounts & Holders"},
    CategoryRow{u"601104", u"600103", u"Smart Watches"},
    CategoryRow{u"601105", u"600103", u"Label Printers"},
    CategoryRow{u"601201", u"600201", u"Drinkware"},
    CategoryRow{u"601202", u"600201", u"Blenders & Juicers"},
    CategoryRow{u"601203", u"600201", u"Pans & Woks"},
    CategoryRow{u"601204", u"600201", u"Milk Frothers"},
    CategoryRow{u"601205", u"600201", u"Food Storage"},
    CategoryRow{u"601206", u"600202", u"LED Strip Lights"},
    CategoryRow{u"601207", u"600202", u"Aroma Diffusers"},
    CategoryRow{u"601208", u"600203", u"Pillowcases"},
    CategoryRow{u"601209", u"600204", u"Vacuum Cleaners"},
    CategoryRow{u"601301", u"600301", u"Serums & Essences"},
    CategoryRow{u"601302", u"600302", u"False Eyelashes"},
    CategoryRow{u"601303", u"600303", u"Nail Polish Kits"},
    CategoryRow{u"601401", u"600401", u"Hoodies & Sweatshirts"},
    CategoryRow{u"601402", u"600401", u"Shirts"},
    CategoryRow{u"601501", u"600501", u"Yoga Mats"},
    CategoryRow{u"601502", u"600501", u"Resistance Bands"},
    CategoryRow{u"601503", u"600502", u"Backpacks"},
    CategoryRow{u"601601", u"600601", u"Building Blocks"},
    CategoryRow{u"601701", u"600701", u"Grooming Tools"},
};

/// Which leaf the seeded catalogue item of a SKU prefix sits in, and what its SKUs vary by.
struct SeedPlacement
{
    QStringView skuPrefix;
    QStringView categoryId;
    QStringView variation; // the sales attribute id
};

constexpr QStringView colorId = u"100001";
constexpr QStringView sizeId = u"100002";
constexpr QStringView specificationId = u"100003";

constexpr std::array placements{
    SeedPlacement{u"EB", u"601101", colorId},
    SeedPlacement{u"WB", u"601201", specificationId},
    SeedPlacement{u"LS", u"601206", specificationId},
    SeedPlacement{u"PC", u"601102", specificationId},
    SeedPlacement{u"HD", u"601401", sizeId},
    SeedPlacement{u"SR", u"601301", specificationId},
    SeedPlacement{u"BL", u"601202", colorId},
    SeedPlacement{u"YM", u"601501", colorId},
    SeedPlacement{u"ML", u"601302", specificationId},
    SeedPlacement{u"LP", u"601105", specificationId},
    SeedPlacement{u"FP", u"601203", specificationId},
    SeedPlacement{u"PG", u"601701", specificationId},
    SeedPlacement{u"HV", u"601209", specificationId},
    SeedPlacement{u"PW", u"601208", colorId},
    SeedPlacement{u"KB", u"601601", specificationId},
    SeedPlacement{u"RB", u"601502", specificationId},
    SeedPlacement{u"AD", u"601207", specificationId},
    SeedPlacement{u"HB", u"601503", colorId},
    SeedPlacement{u"NP", u"601303", specificationId},
    SeedPlacement{u"SW", u"601104", colorId},
    SeedPlacement{u"FB", u"601205", specificationId},
    SeedPlacement{u"LN", u"601402", sizeId},
    SeedPlacement{u"MF", u"601204", colorId},
    SeedPlacement{u"CM", u"601103", specificationId},
};

QList<AttributeValue> values(std::initializer_list<std::pair<QStringView, QStringView>> entries)
{
    QList<AttributeValue> list;
    for (const auto &[id, name] : entries)
        list.append({id.toString(), name.toString()});
    return list;
}

CategoryAttribute material(bool required)
{
    return {u"100101"_s, u"Material"_s, AttributeType::Product, required, false, true,
        values({{u"1001011", u"Cotton"}, {u"1001012", u"Polyester"}, {u"1001013", u"Silicone"},
            {u"1001014", u"Stainless Steel"}, {u"1001015", u"Plastic"}, {u"1001016", u"Wood"},
            {u"1001017", u"Other"}})};
}

QString topLevelOf(const QString &categoryId)
{
    std::optional<Category> node = ListingSeed::category(categoryId);
    while (node && node->parentId != u"0")
        node = ListingSeed::category(node->parentId);
    return node ? node->id : QString();
}

const SeedPlacement *placementOf(const Product &product)
{
    const QString prefix = product.skus.isEmpty() ? QString() : product.skus.first().sellerSku.section(u'-', 0, 0);
    for (const SeedPlacement &placement : placements) {
        if (placement.skuPrefix == prefix)
            return &placement;
    }
    return nullptr;
}

QString attributeName(QStringView id)
{
    return id == colorId ? u"Color"_s : id == sizeId ? u"Size"_s : u"Specification"_s;
}

} // namespace

const QList<Category> &ListingSeed::categories()
{
    static const QList<Category> tree = [] {
        QList<Category> list;
        for (const CategoryRow &row : categoryRows) {
            const bool leaf = std::none_of(categoryRows.cbegin(), categoryRows.cend(),
                [&row](const CategoryRow &other) { return other.parentId == row.id; });
            list.append({row.id.toString(), row.parentId.toString(), row.name.toString(), leaf});
        }
        return list;
    }();
    return tree;
}

std::optional<Category> ListingSeed::category(const QString &id)
{
    for (const Category &category : categories()) {
        if (category.id == id)
            return category;
    }
    return std::nullopt;
}

QList<CategoryAttribute> ListingSeed::attributes(const QString &categoryId)
{
    const std::optional<Category> leaf = category(categoryId);
    if (!leaf || !leaf->isLeaf)
        return {};
    const QString top = topLevelOf(categoryId);
    QList<CategoryAttribute> list{
        {colorId.toString(), u"Color"_s, AttributeType::Sales, false, false, true,
            values({{u"1000011", u"Black"}, {u"1000012", u"White"}, {u"1000013", u"Red"}, {u"1000014", u"Blue"},
                {u"1000015", u"Green"}, {u"1000016", u"Pink"}, {u"1000017", u"Grey"}})},
        {sizeId.toString(), u"Size"_s, AttributeType::Sales, false, false, true,
            values({{u"1000021", u"XS"}, {u"1000022", u"S"}, {u"1000023", u"M"}, {u"1000024", u"L"},
                {u"1000025", u"XL"}, {u"1000026", u"XXL"}})},
        {specificationId.toString(), u"Specification"_s, AttributeType::Sales, false, false, true, {}},
    };
    const bool electronics = top == u"600001" || categoryId == u"601209" || categoryId == u"601202";
    list.append(material(!electronics && top != u"600003"));
    if (electronics) {
        list.append({u"100102"_s, u"Battery Type"_s, AttributeType::Product, true, false, false,
            values({{u"1001021", u"Lithium-ion"}, {u"1001022", u"AA"}, {u"1001023", u"AAA"},
                {u"1001024", u"No battery"}})});
        list.append({u"100103"_s, u"Warranty Period"_s, AttributeType::Product, false, false, false,
            values({{u"1001031", u"6 months"}, {u"1001032", u"1 year"}, {u"1001033", u"2 years"}})});
    }
    if (top == u"600003")
        list.append({u"100104"_s, u"Skin Type"_s, AttributeType::Product, false, true, false,
            values({{u"1001041", u"All"}, {u"1001042", u"Dry"}, {u"1001043", u"Oily"}, {u"1001044", u"Sensitive"}})});
    if (categoryId == u"601301")
        list.append({u"100105"_s, u"Volume"_s, AttributeType::Product, true, false, true,
            values({{u"1001051", u"15 ml"}, {u"1001052", u"30 ml"}, {u"1001053", u"50 ml"}})});
    if (top == u"600006")
        list.append({u"100106"_s, u"Age Range"_s, AttributeType::Product, true, false, false,
            values({{u"1001061", u"3-5 years"}, {u"1001062", u"6-8 years"}, {u"1001063", u"9-12 years"},
                {u"1001064", u"12+ years"}})});
    return list;
}

const QList<Brand> &ListingSeed::brands()
{
    static const QList<Brand> list{
        {u"7082427311584347905"_s, u"Maple & Co."_s, u"AUTHORIZED"_s},
        {u"7082427311584347906"_s, u"Northwind Goods"_s, u"UNAUTHORIZED"_s},
        {u"7082427311584347907"_s, u"Aurora Home"_s, u"AUTHORIZED"_s},
        {u"7082427311584347908"_s, u"Peakline"_s, u"UNAUTHORIZED"_s},
        {u"7082427311584347909"_s, u"Lumen Lab"_s, u"UNAUTHORIZED"_s},
        {u"7082427311584347910"_s, u"Petal & Pine"_s, u"AUTHORIZED"_s},
        {u"7082427311584347911"_s, u"Brightwave"_s, u"UNAUTHORIZED"_s},
        {u"7082427311584347912"_s, u"Kinderbloc"_s, u"UNAUTHORIZED"_s},
        {u"7082427311584347913"_s, u"UrbanTrail"_s, u"UNAUTHORIZED"_s},
        {u"7082427311584347914"_s, u"Silk Harbor"_s, u"UNAUTHORIZED"_s},
    };
    return list;
}

std::optional<Brand> ListingSeed::brand(const QString &id)
{
    for (const Brand &brand : brands()) {
        if (brand.id == id)
            return brand;
    }
    return std::nullopt;
}

QList<Warehouse> ListingSeed::warehouses(const SandboxShop &shop)
{
    QList<Warehouse> list;
    for (qsizetype i = 0; i < shop.warehouseIds.size(); ++i) {
        const QString name = i == 0 ? u"%1 main warehouse"_s.arg(shop.info.region)
                                    : u"%1 warehouse %2"_s.arg(shop.info.region).arg(i + 1);
        list.append({shop.warehouseIds.at(i), name, i == 0});
    }
    return list;
}

SandboxListing ListingSeed::listingOf(const SandboxShop &shop, const Product &product)
{
    const auto stored = shop.listings.constFind(product.id);
    return stored != shop.listings.cend() ? *stored : seededListing(product);
}

SandboxListing ListingSeed::seededListing(const Product &product)
{
    SandboxListing listing;
    const SeedPlacement *placement = placementOf(product);
    listing.categoryId = placement ? placement->categoryId.toString() : u"601205"_s;
    listing.brandId = brands().first().id;
    const QString name = product.title.section(u" – "_s, 0, 0);
    listing.description
        = u"<p>%1 from Maple &amp; Co., made to last and easy to care for.</p>"
          "<ul><li>Carefully packed and shipped within two days</li>"
          "<li>30-day returns</li><li>Ships from our own warehouses</li></ul>"_s.arg(name.toHtmlEscaped());
    const int pictures = 2 + (product.id.isEmpty() ? 0 : product.id.back().digitValue() % 3);
    for (int i = 0; i < pictures; ++i)
        listing.imageUris.append(SandboxImageStore::seedUri(product.id, i));
    const QStringList variants = placement ? SeedData::catalogueVariants(placement->skuPrefix) : QStringList();
    for (qsizetype s = 0; s < product.skus.size() && s < variants.size(); ++s) {
        const QString attributeId = placement->variation.toString();
        listing.salesAttributes.insert(product.skus.at(s).id,
            {{attributeId, attributeName(attributeId), attributeId + QString::number(s + 1), variants.at(s), {}}});
    }
    listing.productAttributes.append({u"100101"_s, u"Material"_s, {{u"1001017"_s, u"Other"_s}}});
    listing.packageWeight = PackageWeight{u"0.45"_s, u"KILOGRAM"_s};
    listing.packageDimensions = PackageDimensions{u"20"_s, u"15"_s, u"8"_s, u"CENTIMETER"_s};
    if (product.status == ProductStatus::Failed) {
        listing.auditFailures.append({u"main_images"_s, {u"The first picture carries a watermark."_s},
            {u"Use a picture of the product alone on a plain background, then submit it again."_s}});
    }
    return listing;
}

} // namespace ShopDesk

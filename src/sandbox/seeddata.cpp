#include "seeddata.h"

#include <array>

#include "sandbox/analyticsseed.h"
#include "sandbox/orderseed.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct Catalogue
{
    QStringView title;
    QStringView skuPrefix;
    int basePriceCents; // in USD
    std::array<QStringView, 6> variants;
};

constexpr std::array catalogue{
    Catalogue{u"Wireless Bluetooth Earbuds with Charging Case", u"EB", 2499,
        {u"Black", u"White", u"Navy", u"Pink", u"Sage", u"Lilac"}},
    Catalogue{u"Stainless Steel Insulated Water Bottle", u"WB", 1899,
        {u"500ml", u"750ml", u"1L", u"Matte Black", u"Ocean", u"Sand"}},
    Catalogue{
        u"LED Strip Lights with App Control", u"LS", 1599, {u"5m", u"10m", u"15m", u"20m", u"RGB 5m", u"RGB 10m"}},
    Catalogue{u"Silicone Phone Case with MagSafe", u"PC", 1299,
        {u"iPhone 15", u"iPhone 15 Pro", u"iPhone 14", u"iPhone 13", u"Galaxy S24", u"Pixel 8"}},
    Catalogue{u"Oversized Cotton Hoodie", u"HD", 3499, {u"S", u"M", u"L", u"XL", u"XXL", u"XS"}},
    Catalogue{u"Hydrating Hyaluronic Acid Serum 30ml", u"SR", 1650,
        {u"Single", u"Twin Pack", u"Trio", u"Travel", u"Refill", u"Gift Set"}},
    Catalogue{u"Portable Blender for Smoothies", u"BL", 2999, {u"Mint", u"Coral", u"Grey", u"Sky", u"Peach", u"Black"}},
    Catalogue{u"Yoga Mat Non-Slip 6mm", u"YM", 2799, {u"Purple", u"Teal", u"Black", u"Rose", u"Olive", u"Blue"}},
    Catalogue{
        u"Magnetic Eyelashes Kit", u"ML", 1199, {u"Natural", u"Dramatic", u"Wispy", u"Cat Eye", u"Doll", u"Mixed"}},
    Catalogue{u"Mini Thermal Label Printer", u"LP", 4599, {u"White", u"Pink", u"Blue", u"Bundle", u"Pro", u"Lite"}},
    Catalogue{
        u"Ceramic Non-Stick Frying Pan", u"FP", 3299, {u"20cm", u"24cm", u"28cm", u"Set of 2", u"Set of 3", u"Wok"}},
    Catalogue{u"Pet Grooming Glove", u"PG", 999, {u"Left", u"Right", u"Pair", u"Blue", u"Green", u"Grey"}},
    Catalogue{
        u"Cordless Handheld Vacuum", u"HV", 5999, {u"Standard", u"Pet", u"Car Kit", u"Pro", u"White", u"Graphite"}},
    Catalogue{
        u"Satin Pillowcase Set of 2", u"PW", 1999, {u"Champagne", u"Silver", u"Blush", u"Ivory", u"Black", u"Sage"}},
    Catalogue{u"Kids Building Blocks 500 Pieces", u"KB", 2499,
        {u"Classic", u"City", u"Space", u"Castle", u"Animals", u"Vehicles"}},
    Catalogue{u"Resistance Bands Set", u"RB", 1499, {u"Light", u"Medium", u"Heavy", u"Set of 3", u"Set of 5", u"Loop"}},
    Catalogue{u"Aromatherapy Essential Oil Diffuser", u"AD", 2699,
        {u"Wood Grain", u"White", u"Black", u"300ml", u"500ml", u"Gift Set"}},
    Catalogue{
        u"Waterproof Hiking Backpack 40L", u"HB", 4999, {u"Black", u"Olive", u"Orange", u"Grey", u"Navy", u"Camo"}},
    Catalogue{u"Gel Nail Polish Kit with UV Lamp", u"NP", 3199,
        {u"Nudes", u"Brights", u"Pastels", u"Glitter", u"Autumn", u"Classic"}},
    Catalogue{
        u"Smart Watch Fitness Tracker", u"SW", 3999, {u"Black", u"Silver", u"Rose Gold", u"Blue", u"Green", u"Mesh"}},
    Catalogue{u"Reusable Silicone Food Bags", u"FB", 1399,
        {u"Set of 4", u"Set of 8", u"Large", u"Small", u"Mixed", u"Stand-up"}},
    Catalogue{u"Linen Button-Down Shirt", u"LN", 3899, {u"S", u"M", u"L", u"XL", u"XXL", u"XS"}},
    Catalogue{
        u"Electric Milk Frother", u"MF", 1799, {u"Black", u"Silver", u"White", u"Gold", u"Rechargeable", u"Stand"}},
    Catalogue{
        u"Car Phone Mount Magnetic", u"CM", 1599, {u"Vent", u"Dash", u"Windshield", u"CD Slot", u"Cup", u"Wireless"}},
};

constexpr std::array titleQualifiers{
    u"", u"2024 Edition", u"Bestseller", u"Gift Ready", u"Eco", u"Premium", u"Value Pack", u"Upgraded"};

struct StatusWeight
{
    ProductStatus status;
    int weight;
};

constexpr std::array statusWeights{
    StatusWeight{ProductStatus::Activate, 70},
    StatusWeight{ProductStatus::SellerDeactivated, 8},
    StatusWeight{ProductStatus::Draft, 6},
    StatusWeight{ProductStatus::Pending, 6},
    StatusWeight{ProductStatus::Failed, 4},
    StatusWeight{ProductStatus::PlatformDeactivated, 3},
    StatusWeight{ProductStatus::Freeze, 3},
};

struct ShopTemplate
{
    QStringView name;
    QStringView region;
    QStringView sellerType;
    QStringView currency;
    int priceRatioPercent; // against USD
    int warehouses;
    QStringView timeZone;
};

constexpr std::array shopTemplates{
    ShopTemplate{u"Maple & Co. US", u"US", u"LOCAL", u"USD", 100, 2, u"America/Los_Angeles"},
    ShopTemplate{u"Maple & Co. UK", u"GB", u"CROSS_BORDER", u"GBP", 80, 1, u"Europe/London"},
};

ProductStatus pickStatus(SeedRandom &random)
{
    qint64 roll = random.between(0, 99);
    for (const StatusWeight &entry : statusWeights) {
        if (roll < entry.weight)
            return entry.status;
        roll -= entry.weight;
    }
    return ProductStatus::Activate;
}

QString digits(SeedRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + static_cast<char16_t>(random.between(0, 9)));
    return text;
}

QString cipherFor(SeedRandom &random, QStringView prefix)
{
    static constexpr QStringView alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text = prefix.toString() + u'_';
    for (int i = 0; i < 28; ++i)
        text += alphabet[random.between(0, alphabet.size() - 1)];
    return text;
}

Product makeProduct(
    SeedRandom &random, const ShopTemplate &shop, const SandboxShop &target, int index, qint64 referenceTime)
{
    const Catalogue &item = random.pick(catalogue);
    const QStringView qualifier = random.pick(titleQualifiers);
    Product product;
    product.id = u"17"_s + QString::number(index).rightJustified(7, u'0') + digits(random, 9);
    product.title = qualifier.isEmpty() ? item.title.toString() : item.title + u" – " + qualifier;
    product.status = pickStatus(random);
    product.auditStatus = product.status == ProductStatus::Failed ? u"AUDIT_FAILED"_s
        : product.status == ProductStatus::Pending                ? u"AUDITING"_s
                                                                  : u"APPROVED"_s;
    product.createTime = referenceTime - random.between(3600, 365 * 86400);
    product.updateTime = product.createTime + random.between(0, referenceTime - product.createTime);

    const int skuCount = static_cast<int>(random.between(1, 6));
    const qint64 basePrice = item.basePriceCents * shop.priceRatioPercent / 100;
    for (int s = 0; s < skuCount; ++s) {
        Sku sku;
        sku.id = u"17"_s + QString::number(index).rightJustified(7, u'0') + QString::number(s) + digits(random, 8);
        sku.sellerSku
            = u"%1-%2-%3"_s.arg(item.skuPrefix).arg(1000 + index).arg(item.variants.at(s).left(3).toString().toUpper());
        // Round to .99 or .49 endings as sellers do.
        const qint64 raw = basePrice + basePrice * random.between(-15, 25) / 100;
        const qint64 cents = qMax<qint64>(99, (raw / 100) * 100 + (random.percent(50) ? 99 : 49));
        sku.price = Money{cents, shop.currency.toString()};
        for (const QString &warehouse : target.warehouseIds) {
            const bool soldOut = random.percent(7);
            const qint64 quantity = soldOut ? 0 : random.percent(15) ? random.between(1, 9) : random.between(10, 800);
            sku.inventory.append({warehouse, quantity});
        }
        product.skus.append(sku);
    }
    return product;
}

} // namespace

QList<SandboxShop> SeedData::generateShops(const SeedOptions &options)
{
    SeedRandom random(options.seed);
    // Orders draw from a generator of their own, so that adding them leaves every product as it was.
    SeedRandom orderRandom(options.seed ^ 0x6F7264657273ULL);
    SeedRandom analyticsRandom(options.seed ^ 0x616E616C79ULL);
    SeedRandom affiliateRandom(options.seed ^ 0x6166666CULL);
    QList<SandboxShop> shops;
    for (qsizetype t = 0; t < qsizetype(shopTemplates.size()); ++t) {
        const ShopTemplate &source = shopTemplates.at(t);
        SandboxShop shop;
        shop.info.id = u"74940"_s + QString::number(t) + digits(random, 13);
        shop.info.name = source.name.toString();
        shop.info.region = source.region.toString();
        shop.info.sellerType = source.sellerType.toString();
        shop.info.cipher = cipherFor(random, source.sellerType == u"LOCAL" ? u"ROW" : u"GCP");
        shop.info.code = source.region + u"LCSD" + digits(random, 4);
        shop.currency = source.currency.toString();
        shop.timeZone = source.timeZone.toString();
        for (int w = 0; w < source.warehouses; ++w)
            shop.warehouseIds.append(u"72"_s + QString::number(t) + QString::number(w) + digits(random, 15));
        shop.products.reserve(options.productsPerShop);
        for (int i = 0; i < options.productsPerShop; ++i)
            shop.products.append(makeProduct(random, source, shop, i, options.referenceTime));
        shop.orders = OrderSeed::generate(orderRandom, shop, options.ordersPerShop, options.referenceTime);
        shop.analytics = AnalyticsSeed::generate(analyticsRandom, shop, options.referenceTime);
        shop.affiliates = AffiliateSeed::generate(affiliateRandom, shop, options.referenceTime);
        shops.append(shop);
    }
    return shops;
}

SandboxCredentials SeedData::generateCredentials(quint64 seed)
{
    SeedRandom random(seed ^ 0x5A5D0C0FFEEULL);
    auto hex = [&random](int bytes) {
        QByteArray raw;
        for (int i = 0; i < bytes; ++i)
            raw += static_cast<char>(random.between(0, 255));
        return raw.toHex();
    };
    SandboxCredentials credentials;
    credentials.appKey = u"6d"_s + QString::fromLatin1(hex(6));
    credentials.appSecret = hex(20);
    credentials.accessToken = "TTP_" + hex(24);
    credentials.refreshToken = "TTP_" + hex(24);
    return credentials;
}

QStringList SeedData::catalogueVariants(QStringView skuPrefix)
{
    for (const Catalogue &item : catalogue) {
        if (item.skuPrefix != skuPrefix)
            continue;
        QStringList variants;
        for (QStringView variant : item.variants)
            variants.append(variant.toString());
        return variants;
    }
    return {};
}

} // namespace ShopDesk

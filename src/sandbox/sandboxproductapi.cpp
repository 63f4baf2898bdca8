#include "sandboxproductapi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "domain/productcodec.h"
#include "domain/productdetailcodec.h"
#include "sandbox/listingseed.h"
#include "sandbox/pagetoken.h"
#include "sandbox/sandboximagestore.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr qint64 invalidPageSize = 12019109;
constexpr qint64 invalidParameter = 12052910;
constexpr int httpNotFound = 404;
constexpr qint64 productNotFound = 12052048;

/// page_size is required and bounded per endpoint (reference section 5).
std::optional<qint64> pageSize(const SandboxRequest &request, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 size = request.queryValue(u"page_size").toLongLong(&ok);
    if (!ok || size < low || size > high)
        return std::nullopt;
    return size;
}

/// The search's optional filters (reference section 5.1); a wrong type is refused.
struct SearchFilter
{
    std::optional<qint64> createdGe;
    std::optional<qint64> createdLe;
    std::optional<qint64> updatedGe;
    std::optional<qint64> updatedLe;
    QStringList sellerSkus;

    bool matches(const Product &product) const
    {
        if ((createdGe && product.createTime < *createdGe) || (createdLe && product.createTime > *createdLe)
            || (updatedGe && product.updateTime < *updatedGe) || (updatedLe && product.updateTime > *updatedLe))
            return false;
        if (sellerSkus.isEmpty())
            return true;
        return std::any_of(product.skus.cbegin(), product.skus.cend(),
            [this](const Sku &sku) { return sellerSkus.contains(sku.sellerSku); });
    }
};

std::optional<QString> readFilter(const QJsonObject &body, SearchFilter &filter)
{
    const std::pair<QString, std::optional<qint64> *> times[]
        = {{u"create_time_ge"_s, &filter.createdGe}, {u"create_time_le"_s, &filter.createdLe},
            {u"update_time_ge"_s, &filter.updatedGe}, {u"update_time_le"_s, &filter.updatedLe}};
    for (const auto &[key, target] : times) {
        const QJsonValue value = body.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isDouble())
            return u"%1 must be a number."_s.arg(key);
        *target = value.toInteger();
    }
    const QJsonValue skus = body.value(u"seller_skus");
    if (skus.isUndefined())
        return std::nullopt;
    if (!skus.isArray() || skus.toArray().size() > 10)
        return u"seller_skus must be a list of at most 10 seller SKUs."_s;
    for (const QJsonValue &sku : skus.toArray())
        filter.sellerSkus.append(sku.toString());
    return std::nullopt;
}

ProductDetail detailOf(
    const SandboxShop &shop, const Product &product, const SandboxImageStore &images, const QByteArray &host)
{
    const SandboxListing listing = ListingSeed::listingOf(shop, product);
    ProductDetail detail;
    detail.product = product;
    detail.description = listing.description;
    for (std::optional<Category> node = ListingSeed::category(listing.categoryId); node;
         node = ListingSeed::category(node->parentId))
        detail.categoryChain.prepend(*node);
    if (const std::optional<Brand> brand = ListingSeed::brand(listing.brandId)) {
        detail.brandId = brand->id;
        detail.brandName = brand->name;
    }
    for (const QString &uri : listing.imageUris) {
        const std::optional<SandboxImageStore::Image> image = images.find(uri);
        const QString url = SandboxImageStore::url(host, uri);
        detail.mainImages.append({uri, {url}, {url}, image ? image->width : 0, image ? image->height : 0});
    }
    detail.salesAttributes = listing.salesAttributes;
    detail.productAttributes = listing.productAttributes;
    detail.packageWeight = listing.packageWeight;
    detail.packageDimensions = listing.packageDimensions;
    detail.auditFailures = listing.auditFailures;
    detail.externalProductId = listing.externalProductId;
    return detail;
}

} // namespace

SandboxProductApi::SandboxProductApi(const SandboxImageStore &images)
    : m_images(images)
{ }

void SandboxProductApi::addRoutes(SandboxRouteTable &table)
{
    table.add({"POST", u"product"_s, u"products/search"_s, {u"202309"_s, u"202502"_s}, true, &search});
    // The route outlives this object: it holds the server's image store, not `this`.
    table.add({"GET", u"product"_s, u"products/{product_id}"_s, {u"202309"_s}, true,
        [images = &m_images](const SandboxCall &call) { return get(*images, call); }});
}

SandboxResponse SandboxProductApi::search(const SandboxCall &call)
{
    const std::optional<qint64> size = pageSize(call.request, 1, 100);
    if (!size)
        return SandboxResponse::failure(httpBadRequest, invalidPageSize, u"page_size must be between 1 and 100."_s);

    const QJsonValue statusValue = call.body.value(u"status");
    if (!statusValue.isUndefined() && !statusValue.isString())
        return SandboxResponse::failure(httpBadRequest, invalidParameter, u"status must be a string."_s);
    const QString status = statusValue.toString(u"ALL"_s);
    const ProductStatus wanted = productStatusFromApi(status);
    if (status != u"ALL" && wanted == ProductStatus::Unknown)
        return SandboxResponse::failure(httpBadRequest, invalidParameter, u"Invalid status: %1."_s.arg(status));

    SearchFilter filter;
    if (const std::optional<QString> problem = readFilter(call.body, filter))
        return SandboxResponse::failure(httpBadRequest, invalidParameter, *problem);

    // ALL leaves deleted products out; they are found by asking for DELETED.
    QList<const Product *> matching;
    for (const Product &product : call.shop->products) {
        const bool statusMatches
            = status == u"ALL" ? product.status != ProductStatus::Deleted : product.status == wanted;
        if (statusMatches && filter.matches(product))
            matching.append(&product);
    }

    const QByteArray context
        = call.shop->info.id.toUtf8() + '|' + QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    qint64 offset = 0;
    if (call.request.hasQuery(u"page_token")) {
        const std::optional<qint64> decoded = PageToken::decode(call.request.queryValue(u"page_token"), context);
        if (!decoded || *decoded > matching.size())
            return SandboxResponse::failure(httpBadRequest, invalidParameter, u"Invalid page_token."_s);
        offset = *decoded;
    }
    if (offset >= productSearchResultLimit) {
        return SandboxResponse::failure(httpBadRequest, productSearchLimitCode,
            u"The query matches more than %1 products; narrow it with create_time or update_time."_s.arg(
                productSearchResultLimit));
    }

    QJsonArray products;
    const qint64 end = std::min({offset + *size, qint64(matching.size()), productSearchResultLimit});
    for (qint64 i = offset; i < end; ++i)
        products.append(ProductCodec::encodeSearchProduct(*matching.at(i)));
    return SandboxResponse::success({
        {u"products"_s, products},
        {u"total_count"_s, matching.size()},
        {u"next_page_token"_s, end < matching.size() ? PageToken::encode(end, context) : QString()},
    });
}

SandboxResponse SandboxProductApi::get(const SandboxImageStore &images, const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"product_id"_s);
    for (const Product &product : std::as_const(call.shop->products)) {
        if (product.id == id)
            return SandboxResponse::success(
                ProductDetailCodec::encode(detailOf(*call.shop, product, images, call.request.header("host"))));
    }
    return SandboxResponse::failure(
        httpNotFound, productNotFound, u"Product %1 does not exist in this shop."_s.arg(id));
}

} // namespace ShopDesk

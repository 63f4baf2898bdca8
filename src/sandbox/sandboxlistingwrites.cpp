#include "sandboxlistingwrites.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include "domain/batchoutcome.h"
#include "domain/listingcodec.h"
#include "sandbox/listingseed.h"
#include "sandbox/sandboxdraftcheck.h"
#include "sandbox/sandboxlistingaudit.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpNotFound = 404;
// Sandbox codes for per-product failures; production's are not published per case.
constexpr qint64 productNotFound = 12052004;
constexpr qint64 statusNotAllowed = 12052233;

Product *findProduct(SandboxShop &shop, const QString &id)
{
    for (Product &product : shop.products) {
        if (product.id == id)
            return &product;
    }
    return nullptr;
}

/// Digits derived from text, so that new ids are deterministic for the same requests.
QString digitsOf(const QString &text, int count)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    QString digits;
    for (int i = 0; digits.size() < count; ++i)
        digits += QChar(u'0' + static_cast<char16_t>(static_cast<quint8>(hash.at(i % hash.size())) % 10));
    return digits;
}

/// Applies a create or edit body to the product and its listing, keeping the ids of SKUs whose
/// seller SKU stays.
void applyDraft(const ProductDraft &draft, const QString &currency, Product &product, SandboxListing &listing)
{
    const QList<Sku> before = product.skus;
    product.title = draft.title.trimmed();
    product.skus.clear();
    listing.salesAttributes.clear();
    for (qsizetype s = 0; s < draft.skus.size(); ++s) {
        const DraftSku &source = draft.skus.at(s);
        const auto kept = std::find_if(before.cbegin(), before.cend(),
            [&source](const Sku &sku) { return !source.sellerSku.isEmpty() && sku.sellerSku == source.sellerSku; });
        Sku sku;
        sku.id = kept != before.cend()
            ? kept->id
            : product.id.left(9) + QString::number(s) + digitsOf(product.id + source.sellerSku + QString::number(s), 9);
        sku.sellerSku = source.sellerSku;
        sku.price = Money{source.price.minor, currency};
        sku.inventory = source.inventory;
        product.skus.append(sku);
        if (!source.salesAttributes.isEmpty())
            listing.salesAttributes.insert(sku.id, source.salesAttributes);
    }
    listing.description = draft.description;
    listing.categoryId = draft.categoryId;
    listing.brandId = draft.brandId;
    listing.imageUris = draft.mainImageUris;
    listing.productAttributes = draft.productAttributes;
    listing.packageWeight = draft.packageWeight;
    listing.packageDimensions = draft.packageDimensions;
    if (!draft.externalProductId.isEmpty())
        listing.externalProductId = draft.externalProductId;
}

SavedProduct savedOf(const Product &product)
{
    SavedProduct saved{product.id, {}, {}};
    for (const Sku &sku : product.skus)
        saved.skuIds.append({sku.sellerSku, sku.id});
    return saved;
}

} // namespace

SandboxListingWrites::SandboxListingWrites(const SandboxImageStore &images)
    : m_images(images)
{ }

void SandboxListingWrites::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    // The routes outlive this object: they hold the server's image store, not `this`.
    const SandboxImageStore *images = &m_images;
    table.add({"POST", u"product"_s, u"products"_s, versions, true,
        [images](const SandboxCall &call) { return create(*images, call); }});
    table.add({"PUT", u"product"_s, u"products/{product_id}"_s, {u"202309"_s, u"202509"_s}, true,
        [images](const SandboxCall &call) { return edit(*images, call); }});
    table.add({"POST", u"product"_s, u"products/activate"_s, versions, true,
        [](const SandboxCall &call) { return changeStatus(call, StatusChange::Activate); }});
    table.add({"POST", u"product"_s, u"products/deactivate"_s, versions, true,
        [](const SandboxCall &call) { return changeStatus(call, StatusChange::Deactivate); }});
    table.add({"DELETE", u"product"_s, u"products"_s, versions, true,
        [](const SandboxCall &call) { return changeStatus(call, StatusChange::Delete); }});
    table.add({"POST", u"product"_s, u"products/recover"_s, versions, true,
        [](const SandboxCall &call) { return changeStatus(call, StatusChange::Recover); }});
}

SandboxResponse SandboxListingWrites::create(const SandboxImageStore &images, const SandboxCall &call)
{
    Result<ProductDraft> draft = ListingCodec::decodeDraft(call.body);
    if (!draft)
        return SandboxPager::invalid(u"Invalid params: %1."_s.arg(draft.error().toString()));
    SandboxShop &shop = *call.shop;
    if (auto problem = SandboxDraftCheck::problem(shop, draft.value(), images))
        return SandboxPager::invalid(u"Invalid params: %1"_s.arg(*problem));

    Product product;
    const QString serial = QString::number(shop.products.size()).rightJustified(7, u'0');
    product.id = u"18"_s + serial + digitsOf(shop.info.id + draft.value().externalProductId + serial, 9);
    product.createTime = product.updateTime = call.now;
    SandboxListing listing;
    applyDraft(draft.value(), shop.currency, product, listing);
    if (draft.value().saveMode == SaveMode::Listing) {
        SandboxListingAudit::submit(product, listing, call.now);
    } else {
        product.status = ProductStatus::Draft;
        product.auditStatus.clear();
    }
    call.stats->recordWrite(product.id);
    shop.products.append(product);
    shop.listings.insert(product.id, listing);
    return SandboxResponse::success(ListingCodec::encodeSaved(savedOf(product)));
}

SandboxResponse SandboxListingWrites::edit(const SandboxImageStore &images, const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"product_id"_s);
    SandboxShop &shop = *call.shop;
    call.stats->recordWrite(id);
    Product *product = findProduct(shop, id);
    if (!product)
        return SandboxResponse::failure(httpNotFound, productNotFound, u"Product %1 does not exist."_s.arg(id));
    if (product->status == ProductStatus::Deleted || product->status == ProductStatus::Freeze)
        return SandboxPager::invalid(
            u"A product in status %1 cannot be edited."_s.arg(productStatusToApi(product->status)));
    Result<ProductDraft> draft = ListingCodec::decodeDraft(call.body);
    if (!draft)
        return SandboxPager::invalid(u"Invalid params: %1."_s.arg(draft.error().toString()));
    if (auto problem = SandboxDraftCheck::problem(shop, draft.value(), images))
        return SandboxPager::invalid(u"Invalid params: %1"_s.arg(*problem));

    SandboxListing listing = ListingSeed::listingOf(shop, *product);
    applyDraft(draft.value(), shop.currency, *product, listing);
    product->updateTime = call.now;
    if (draft.value().saveMode == SaveMode::Listing)
        SandboxListingAudit::submit(*product, listing, call.now);
    else
        product->status = ProductStatus::Draft;
    shop.listings.insert(product->id, listing);
    return SandboxResponse::success(ListingCodec::encodeSaved(savedOf(*product)));
}

SandboxResponse SandboxListingWrites::changeStatus(const SandboxCall &call, StatusChange change)
{
    const QJsonValue ids = call.body.value(u"product_ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > maxStatusBatch)
        return SandboxPager::invalid(
            u"Invalid params: product_ids must list 1 to %1 product ids."_s.arg(maxStatusBatch));
    BatchOutcome outcome;
    for (const QJsonValue &value : ids.toArray()) {
        const QString id = value.toString();
        if (!value.isString() || id.isEmpty())
            return SandboxPager::invalid(u"Invalid params: product ids are strings."_s);
        call.stats->recordWrite(id);
        Product *product = findProduct(*call.shop, id);
        if (!product) {
            outcome.failures.append({id, {}, productNotFound, u"Product %1 does not exist."_s.arg(id)});
            continue;
        }
        const QString refusal = apply(*call.shop, *product, change, call.now);
        if (!refusal.isEmpty())
            outcome.failures.append({id, {}, statusNotAllowed, refusal});
    }
    return SandboxResponse::success(BatchOutcomeCodec::encode(outcome, u"product_id"));
}

QString SandboxListingWrites::apply(SandboxShop &shop, Product &product, StatusChange change, qint64 now)
{
    const ProductStatus status = product.status;
    const QString refusal = u"A product in status %1 cannot be %2."_s;
    auto listing = [&shop, &product]() -> SandboxListing & {
        if (!shop.listings.contains(product.id))
            shop.listings.insert(product.id, ListingSeed::seededListing(product));
        return shop.listings[product.id];
    };
    switch (change) {
    case StatusChange::Activate:
        if (status == ProductStatus::SellerDeactivated)
            product.status = ProductStatus::Activate;
        else if (status == ProductStatus::Draft || status == ProductStatus::Failed)
            SandboxListingAudit::submit(product, listing(), now); // a draft is reviewed before it sells
        else if (status != ProductStatus::Activate)
            return refusal.arg(productStatusToApi(status), u"activated"_s);
        break;
    case StatusChange::Deactivate:
        if (status == ProductStatus::Activate || status == ProductStatus::Pending)
            product.status = ProductStatus::SellerDeactivated;
        else if (status != ProductStatus::SellerDeactivated)
            return refusal.arg(productStatusToApi(status), u"deactivated"_s);
        break;
    case StatusChange::Delete:
        if (status == ProductStatus::Freeze)
            return refusal.arg(productStatusToApi(status), u"deleted"_s);
        if (status != ProductStatus::Deleted) {
            listing().statusBeforeDelete = status;
            listing().auditDueAt = 0;
            product.status = ProductStatus::Deleted;
        }
        break;
    case StatusChange::Recover:
        if (status != ProductStatus::Deleted)
            return refusal.arg(productStatusToApi(status), u"recovered"_s);
        // A recovered product comes back off sale, whatever it was before.
        product.status = listing().statusBeforeDelete == ProductStatus::Draft ? ProductStatus::Draft
                                                                              : ProductStatus::SellerDeactivated;
        break;
    }
    product.updateTime = now;
    return {};
}

} // namespace ShopDesk

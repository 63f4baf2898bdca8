#include "sandboxcatalogapi.h"

#include <QSet>

#include "domain/listingcodec.h"
#include "sandbox/listingseed.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpNotFound = 404;
// Sandbox code for an unknown category; production's is not published per case.
constexpr qint64 categoryNotFound = 12052220;

/// Categories whose name holds the keyword, with every ancestor, so that the answer is still a tree.
QList<Category> matching(const QString &keyword)
{
    const QList<Category> &all = ListingSeed::categories();
    if (keyword.isEmpty())
        return all;
    QSet<QString> wanted;
    for (const Category &category : all) {
        if (!category.name.contains(keyword, Qt::CaseInsensitive))
            continue;
        for (std::optional<Category> node = category; node && !wanted.contains(node->id);
             node = ListingSeed::category(node->parentId))
            wanted.insert(node->id);
    }
    QList<Category> result;
    for (const Category &category : all) {
        if (wanted.contains(category.id))
            result.append(category);
    }
    return result;
}

} // namespace

void SandboxCatalogApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add({"GET", u"product"_s, u"categories"_s, versions, true, &categories});
    table.add({"GET", u"product"_s, u"categories/{category_id}/attributes"_s, versions, true, &attributes});
    table.add({"GET", u"product"_s, u"brands"_s, versions, true, &brands});
    table.add({"GET", u"logistics"_s, u"warehouses"_s, versions, true, &warehouses});
}

SandboxResponse SandboxCatalogApi::categories(const SandboxCall &call)
{
    const QString version = call.request.queryValue(u"category_version");
    if (!version.isEmpty() && version != u"v1" && version != u"v2")
        return SandboxPager::invalid(u"Invalid category_version: %1."_s.arg(version));
    // One tree serves both versions: the sandbox has no seven-level US tree.
    return SandboxResponse::success(ListingCodec::encodeCategories(matching(call.request.queryValue(u"keyword"))));
}

SandboxResponse SandboxCatalogApi::attributes(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"category_id"_s);
    const std::optional<Category> category = ListingSeed::category(id);
    if (!category)
        return SandboxResponse::failure(httpNotFound, categoryNotFound, u"Category %1 does not exist."_s.arg(id));
    if (!category->isLeaf)
        return SandboxPager::invalid(u"Category %1 is not a leaf category."_s.arg(id));
    return SandboxResponse::success(ListingCodec::encodeAttributes(ListingSeed::attributes(id)));
}

SandboxResponse SandboxCatalogApi::brands(const SandboxCall &call)
{
    const std::optional<qint64> size = SandboxPager::pageSize(call.request, 1, 100);
    if (!size)
        return SandboxPager::invalidPageSize(u"page_size must be between 1 and 100."_s);
    const QString name = call.request.queryValue(u"brand_name");
    const bool authorizedOnly
        = call.request.queryValue(u"is_authorized") == u"1" || call.request.queryValue(u"is_authorized") == u"true";
    const QString categoryId = call.request.queryValue(u"category_id");
    if (!categoryId.isEmpty() && !ListingSeed::category(categoryId))
        return SandboxResponse::failure(
            httpNotFound, categoryNotFound, u"Category %1 does not exist."_s.arg(categoryId));
    QList<Brand> brands;
    for (const Brand &brand : ListingSeed::brands()) {
        if ((name.isEmpty() || brand.name.contains(name, Qt::CaseInsensitive))
            && (!authorizedOnly || brand.authorizedStatus == u"AUTHORIZED"))
            brands.append(brand);
    }
    const QByteArray context = "brands|" + name.toUtf8() + '|' + (authorizedOnly ? "1" : "0");
    SandboxPager pager;
    if (auto failure = SandboxPager::slice(call, *size, brands.size(), context, &pager))
        return *failure;
    BrandPage page{
        brands.mid(pager.begin, pager.end - pager.begin), pager.nextToken(brands.size(), context), brands.size()};
    return SandboxResponse::success(ListingCodec::encodeBrandPage(page));
}

SandboxResponse SandboxCatalogApi::warehouses(const SandboxCall &call)
{
    return SandboxResponse::success(ListingCodec::encodeWarehouses(ListingSeed::warehouses(*call.shop)));
}

} // namespace ShopDesk

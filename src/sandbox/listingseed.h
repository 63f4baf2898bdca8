#pragma once

#include <optional>

#include <QList>

#include "domain/listingcatalog.h"
#include "sandbox/sandboxlisting.h"

namespace ShopDesk {

struct Product;
struct SandboxShop;

/// The sandbox's listing reference data — a three-level category tree whose leaves hold the seeded
/// catalogue, each leaf's attributes (some product attributes required), a list of brands — and the
/// listing of every seeded product, made up from the seed when asked, so that thousands of seeded
/// products cost nothing until one is opened.
class ListingSeed final
{
public:
    static const QList<Category> &categories();
    static std::optional<Category> category(const QString &id);
    /// The attributes of a leaf category; empty for any other id.
    static QList<CategoryAttribute> attributes(const QString &categoryId);
    static const QList<Brand> &brands();
    static std::optional<Brand> brand(const QString &id);
    /// The warehouses' display names, in the shop's order.
    static QList<Warehouse> warehouses(const SandboxShop &shop);

    /// The stored listing of a product, or the one its seed gives it.
    static SandboxListing listingOf(const SandboxShop &shop, const Product &product);
    /// The seed's listing for a seeded product.
    static SandboxListing seededListing(const Product &product);
};

} // namespace ShopDesk

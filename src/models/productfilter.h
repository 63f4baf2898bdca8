#pragma once

#include <optional>

#include <QSet>
#include <QStringList>

#include "domain/product.h"

namespace ShopDesk {

/// A filter text split into terms once, for matching it against many products: at every keystroke
/// the Products pane matches it against the whole catalogue.
class ProductFilterTerms final
{
public:
    /// Terms are separated by commas, semicolons, tabs or line breaks; surrounding spaces go.
    explicit ProductFilterTerms(const QString &text = {});

    bool isEmpty() const { return m_ids.isEmpty() && m_fragments.isEmpty(); }
    /// Whether any term matches. `searchText` is the product's ProductFilter::searchTextOf(), kept
    /// by the table model so that it is not built again for every keystroke.
    bool matches(const Product &product, QStringView searchText) const;

private:
    /// Every term as typed, for exact product ids.
    QSet<QString> m_ids;
    /// Lowercase terms to look for inside titles and seller SKUs. Long digit strings are product
    /// ids and are looked up only as such, so that a pasted list of ids costs one lookup a product.
    QStringList m_fragments;
};

/// What the products filter bar asks for, as a value that can be tested alone.
struct ProductFilter
{
    /// Free text. A single term matches inside the title, a seller SKU or the product id; a pasted
    /// list (separated by commas, semicolons or line breaks) matches a product that any term matches.
    QString text;
    std::optional<ProductStatus> status;
    /// Only products with a SKU whose stock over all warehouses is at most this many units (the
    /// default initializer lets text-and-status initializers leave it out).
    std::optional<qint64> lowStockAtMost = {};

    bool matches(const Product &product) const;
    bool matches(const Product &product, const ProductFilterTerms &terms, QStringView searchText) const;
    bool isEmpty() const { return text.trimmed().isEmpty() && !status && !lowStockAtMost; }
    /// Whether a SKU of `product` has at most `threshold` units left.
    static bool isLowStock(const Product &product, qint64 threshold);

    /// The title and seller SKUs of a product, lowercase, one per line: what text terms look in.
    static QString searchTextOf(const Product &product);
};

} // namespace ShopDesk

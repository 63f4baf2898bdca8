#pragma once

#include <optional>

#include <QStringList>

#include "domain/product.h"

namespace ShopDesk {

/// What the products filter bar asks for, as a value that can be tested alone.
struct ProductFilter
{
    /// Free text. A single term matches inside the title, a seller SKU or the product id; a pasted
    /// list (separated by commas, semicolons or line breaks) matches a product that any term matches.
    QString text;
    std::optional<ProductStatus> status;

    bool matches(const Product &product) const;
    bool isEmpty() const { return text.trimmed().isEmpty() && !status; }
};

} // namespace ShopDesk

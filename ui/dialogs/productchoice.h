#pragma once

#include <QList>

#include "domain/product.h"

class QComboBox;

namespace ShopDesk {

/// Fills a product picker with the products a collaboration can offer (active ones with a SKU),
/// each labelled with its title and first seller SKU so that look-alike titles stay apart; typing
/// filters by any part of the label.
class ProductChoice final
{
public:
    static void fill(QComboBox *combo, const QList<Product> &products);
    /// The id of the product chosen, empty when the typed text matches none.
    static QString chosenId(const QComboBox *combo);
    static QString labelOf(const Product &product);
};

} // namespace ShopDesk

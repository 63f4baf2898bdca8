#pragma once

#include <QJsonObject>

#include "core/result.h"
#include "domain/productdetail.h"

namespace ShopDesk {

/// `GET /product/202309/products/{product_id}` in full (reference section 5.1): the product of the
/// search plus description, category chain, brand, images, SKU sales attributes, package, product
/// attributes, audit failures and the seller's external id. Both ways, like the other codecs.
class ProductDetailCodec final
{
public:
    static Result<ProductDetail> decode(const QJsonObject &data);
    static QJsonObject encode(const ProductDetail &detail);
};

} // namespace ShopDesk

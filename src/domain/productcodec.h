#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/product.h"

namespace ShopDesk {

class JsonReader;

/// However many pages it takes, a product search answers at most this many products; a page past
/// them fails with `productSearchLimitCode` (reference section 5.1). Larger catalogues are read in
/// narrower queries.
inline constexpr qint64 productSearchResultLimit = 10'000;
inline constexpr qint64 productSearchLimitCode = 12052180;

/// One page of `POST /product/.../products/search`.
struct ProductPage
{
    QList<Product> products;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// Product JSON as the products search endpoint sends it (reference section 5.1), both ways: the
/// client decodes it, the sandbox encodes it.
class ProductCodec final
{
public:
    static Result<ProductPage> decodeSearchPage(const QJsonObject &data);
    static Product decodeSearchProduct(JsonReader &reader);

    static QJsonObject encodeSearchProduct(const Product &product);

    /// `GET /product/202309/products/{product_id}`: the product at the root of `data`. Its SKU
    /// prices carry `amount` besides `sale_price`.
    static Result<Product> decodeDetail(const QJsonObject &data);
    static QJsonObject encodeDetail(const Product &product);
};

} // namespace ShopDesk

#include "productservice.h"

#include <memory>

#include "api/apiclient.h"
#include "domain/productcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 searchPageSize = 100; // the endpoint's maximum
}

ProductService::ProductService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Reply<QList<Product>> *ProductService::searchAll()
{
    auto *reply = new Reply<QList<Product>>(this);
    auto products = std::make_shared<QList<Product>>();
    ApiCall call(EndpointId::ProductsSearch);
    call.query(u"page_size"_s, searchPageSize);
    ApiReply *pages = m_client.sendPaged(call, [products](const QJsonObject &data) -> Result<qsizetype> {
        Result<ProductPage> page = ProductCodec::decodeSearchPage(data);
        if (!page)
            return page.error();
        *products += page.value().products;
        return page.value().products.size();
    });
    chainReply(pages, reply, [products](const ApiReply &) -> Result<QList<Product>> { return std::move(*products); });
    return reply;
}

} // namespace ShopDesk

#include "sandboxproductapi.h"

#include <QJsonArray>

#include "domain/productcodec.h"
#include "sandbox/pagetoken.h"
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

} // namespace

void SandboxProductApi::addRoutes(SandboxRouteTable &table)
{
    table.add({"POST", u"product"_s, u"products/search"_s, {u"202309"_s, u"202502"_s}, true, &search});
    table.add({"GET", u"product"_s, u"products/{product_id}"_s, {u"202309"_s}, true, &get});
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

    QList<const Product *> matching;
    for (const Product &product : call.shop->products) {
        if (status == u"ALL" || product.status == wanted)
            matching.append(&product);
    }

    const QByteArray context = call.shop->info.id.toUtf8() + '|' + status.toUtf8();
    qint64 offset = 0;
    if (call.request.hasQuery(u"page_token")) {
        const std::optional<qint64> decoded = PageToken::decode(call.request.queryValue(u"page_token"), context);
        if (!decoded || *decoded > matching.size())
            return SandboxResponse::failure(httpBadRequest, invalidParameter, u"Invalid page_token."_s);
        offset = *decoded;
    }

    QJsonArray products;
    const qint64 end = qMin<qint64>(offset + *size, matching.size());
    for (qint64 i = offset; i < end; ++i)
        products.append(ProductCodec::encodeSearchProduct(*matching.at(i)));
    return SandboxResponse::success({
        {u"products"_s, products},
        {u"total_count"_s, matching.size()},
        {u"next_page_token"_s, end < matching.size() ? PageToken::encode(end, context) : QString()},
    });
}

SandboxResponse SandboxProductApi::get(const SandboxCall &call)
{
    const QString id = call.pathArgs.value(u"product_id"_s);
    for (const Product &product : std::as_const(call.shop->products)) {
        if (product.id == id)
            return SandboxResponse::success(ProductCodec::encodeDetail(product));
    }
    return SandboxResponse::failure(
        httpNotFound, productNotFound, u"Product %1 does not exist in this shop."_s.arg(id));
}

} // namespace ShopDesk

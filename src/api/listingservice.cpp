#include "listingservice.h"

#include <memory>

#include <QJsonArray>
#include <QPointer>

#include "api/apiclient.h"
#include "domain/listingcodec.h"
#include "domain/productcodec.h"
#include "domain/productdetailcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 brandPageSize = 100; // the endpoint's maximum
constexpr qint64 searchPageSize = 100;
/// The search filters on at most this many seller SKUs (reference section 5.1).
constexpr qsizetype searchSellerSkuLimit = 10;

template <typename T, typename Decode>
Reply<T> *decoded(ApiClient &client, QObject *parent, const ApiCall &call, Decode decode)
{
    auto *reply = new Reply<T>(parent);
    chainReply(client.send(call), reply, [decode](const Reply<QJsonObject> &sent) { return decode(sent.value()); });
    return reply;
}

} // namespace

struct ListingService::ExternalIdSearch
{
    QString externalId;
    QStringList candidates;
    QPointer<ApiReply> current;
};

ListingService::ListingService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString ListingService::region() const
{
    return m_client.connection().region;
}

Reply<QList<Category>> *ListingService::categories(const QString &keyword)
{
    ApiCall call(EndpointId::Categories);
    if (!keyword.trimmed().isEmpty())
        call.query(u"keyword"_s, keyword.trimmed());
    return decoded<QList<Category>>(m_client, this, call, &ListingCodec::decodeCategories);
}

Reply<QList<CategoryAttribute>> *ListingService::attributes(const QString &categoryId)
{
    return decoded<QList<CategoryAttribute>>(m_client, this,
        ApiCall(EndpointId::CategoryAttributes).pathArg(u"category_id", categoryId), &ListingCodec::decodeAttributes);
}

Reply<QList<Brand>> *ListingService::brands(const QString &categoryId)
{
    auto *reply = new Reply<QList<Brand>>(this);
    auto brands = std::make_shared<QList<Brand>>();
    ApiCall call(EndpointId::Brands);
    call.query(u"page_size"_s, brandPageSize);
    if (!categoryId.isEmpty())
        call.query(u"category_id"_s, categoryId);
    ApiReply *pages = m_client.sendPaged(call, [brands](const QJsonObject &data) -> Result<qsizetype> {
        Result<BrandPage> page = ListingCodec::decodeBrandPage(data);
        if (!page)
            return page.error();
        *brands += page.value().brands;
        return page.value().brands.size();
    });
    chainReply(pages, reply, [brands](const ApiReply &) -> Result<QList<Brand>> { return std::move(*brands); });
    return reply;
}

Reply<QList<Warehouse>> *ListingService::warehouses()
{
    return decoded<QList<Warehouse>>(m_client, this, ApiCall(EndpointId::Warehouses), &ListingCodec::decodeWarehouses);
}

Reply<UploadedImage> *ListingService::uploadImage(const QByteArray &data, const QString &fileName, ImageUseCase useCase)
{
    const QByteArray type = fileName.endsWith(u".png"_s, Qt::CaseInsensitive) ? "image/png" : "image/jpeg";
    ApiCall call(EndpointId::ImageUpload);
    call.multipart({FormPart{u"data"_s, data, fileName, type},
        FormPart{u"use_case"_s, imageUseCaseToApi(useCase).toUtf8(), {}, {}}});
    return decoded<UploadedImage>(m_client, this, call, &ListingCodec::decodeUploadedImage);
}

Reply<ProductDetail> *ListingService::detail(const QString &productId)
{
    return decoded<ProductDetail>(
        m_client, this, ApiCall(EndpointId::ProductGet).pathArg(u"product_id", productId), &ProductDetailCodec::decode);
}

Reply<SavedProduct> *ListingService::create(const ProductDraft &draft)
{
    return decoded<SavedProduct>(m_client, this,
        ApiCall(EndpointId::ProductCreate).jsonBody(ListingCodec::encodeDraft(draft)), &ListingCodec::decodeSaved);
}

Reply<SavedProduct> *ListingService::edit(const QString &productId, const ProductDraft &draft)
{
    ApiCall call(EndpointId::ProductEdit);
    call.pathArg(u"product_id", productId).jsonBody(ListingCodec::encodeDraft(draft));
    return decoded<SavedProduct>(m_client, this, call, &ListingCodec::decodeSaved);
}

Reply<BatchOutcome> *ListingService::activate(const QStringList &productIds)
{
    return sendStatusBatch(ApiCall(EndpointId::ProductsActivate), productIds);
}

Reply<BatchOutcome> *ListingService::deactivate(const QStringList &productIds)
{
    return sendStatusBatch(ApiCall(EndpointId::ProductsDeactivate), productIds);
}

Reply<BatchOutcome> *ListingService::remove(const QStringList &productIds)
{
    return sendStatusBatch(ApiCall(EndpointId::ProductsDelete), productIds);
}

Reply<BatchOutcome> *ListingService::recover(const QStringList &productIds)
{
    return sendStatusBatch(ApiCall(EndpointId::ProductsRecover), productIds);
}

Reply<BatchOutcome> *ListingService::sendStatusBatch(ApiCall call, const QStringList &productIds)
{
    call.jsonBody({{u"product_ids"_s, QJsonArray::fromStringList(productIds)}});
    return decoded<BatchOutcome>(
        m_client, this, call, [](const QJsonObject &data) { return BatchOutcomeCodec::decode(data, u"product_id"); });
}

Reply<QString> *ListingService::findByExternalId(
    const QString &externalId, qint64 createdSince, const QStringList &sellerSkus)
{
    auto *reply = new Reply<QString>(this);
    auto search = std::make_shared<ExternalIdSearch>();
    search->externalId = externalId;
    reply->setCancelHandler([search] {
        if (search->current)
            search->current->cancel();
    });
    QJsonObject body{{u"status"_s, u"ALL"_s}, {u"create_time_ge"_s, createdSince}};
    if (!sellerSkus.isEmpty())
        body.insert(u"seller_skus"_s, QJsonArray::fromStringList(sellerSkus.mid(0, searchSellerSkuLimit)));
    ApiCall call(EndpointId::ProductsSearch);
    call.query(u"page_size"_s, searchPageSize).jsonBody(body);
    ApiReply *pages = m_client.sendPaged(call, [search](const QJsonObject &data) -> Result<qsizetype> {
        Result<ProductPage> page = ProductCodec::decodeSearchPage(data);
        if (!page)
            return page.error();
        for (const Product &product : page.value().products)
            search->candidates.append(product.id);
        return page.value().products.size();
    });
    search->current = pages;
    connect(pages, &ApiReply::finished, reply, [this, reply, pages, search] {
        if (pages->hasError()) {
            reply->finishWithError(*pages->error());
            return;
        }
        checkNextCandidate(reply, search);
    });
    return reply;
}

void ListingService::checkNextCandidate(Reply<QString> *reply, const std::shared_ptr<ExternalIdSearch> &search)
{
    if (search->candidates.isEmpty()) {
        reply->finishWithValue({});
        return;
    }
    const QString productId = search->candidates.takeFirst();
    Reply<ProductDetail> *read = detail(productId);
    search->current = read;
    connect(read, &ApiReply::finished, reply, [this, reply, read, search] {
        if (read->hasError()) {
            reply->finishWithError(*read->error());
        } else if (read->value().externalProductId == search->externalId) {
            reply->setRequestId(read->requestId());
            reply->finishWithValue(read->value().product.id);
        } else {
            checkNextCandidate(reply, search);
        }
    });
}

} // namespace ShopDesk

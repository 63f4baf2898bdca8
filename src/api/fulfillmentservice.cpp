#include "fulfillmentservice.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "api/apiclient.h"
#include "api/documentdownloader.h"
#include "api/searchbody.h"
#include "domain/fulfillmentcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 searchPageSize = 50; // the endpoint's maximum (reference section 5.3)

QString sortFieldName(PackageSortField field)
{
    switch (field) {
    case PackageSortField::CreateTime:
        return u"create_time"_s;
    case PackageSortField::UpdateTime:
        return u"update_time"_s;
    case PackageSortField::OrderPayTime:
        return u"order_pay_time"_s;
    }
    Q_UNREACHABLE();
}

QJsonObject searchBody(const PackageQuery &query)
{
    QJsonObject body;
    if (query.status)
        body.insert(u"package_status"_s, packageStatusToApi(*query.status));
    insertTimeWindows(body, query.createTimeGe, query.createTimeLt, query.updateTimeGe, query.updateTimeLt);
    return body;
}

/// Whether a failed batch request certainly changed nothing: refused by the server's gate or
/// handler, or never sent. A server failure, a lost connection or an unreadable answer leaves the
/// outcome open.
bool refusedAsAWhole(const ApiError &error)
{
    switch (error.category) {
    case ApiErrorCategory::Network:
    case ApiErrorCategory::Timeout:
    case ApiErrorCategory::Decode:
    case ApiErrorCategory::Server:
        return false;
    default:
        return true;
    }
}

} // namespace

struct FulfillmentService::ShipBatches
{
    QList<ShipRequest> requests;
    qsizetype next = 0;
    QList<PackageShipResult> results;
    QPointer<ApiReply> current;
};

FulfillmentService::FulfillmentService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_downloader(new DocumentDownloader(this))
{ }

FulfillmentService::~FulfillmentService() = default;

template <typename T, typename Decode>
Reply<T> *FulfillmentService::sendDecoded(const ApiCall &call, Decode decode)
{
    auto *reply = new Reply<T>(this);
    chainReply(m_client.send(call), reply, [decode](const Reply<QJsonObject> &sent) { return decode(sent.value()); });
    return reply;
}

Reply<QList<Package>> *FulfillmentService::searchPackages(const PackageQuery &query)
{
    auto *reply = new Reply<QList<Package>>(this);
    auto packages = std::make_shared<QList<Package>>();
    ApiReply *pages = searchPackagePages(query, [packages](QList<Package> &&page) -> std::optional<Error> {
        *packages += std::move(page);
        return std::nullopt;
    });
    chainReply(pages, reply, [packages](const ApiReply &) -> Result<QList<Package>> { return std::move(*packages); });
    return reply;
}

ApiReply *FulfillmentService::searchPackagePages(const PackageQuery &query, PackagePageHandler onPage)
{
    ApiCall call(EndpointId::PackagesSearch);
    call.query(u"page_size"_s, searchPageSize);
    call.query(u"sort_field"_s, sortFieldName(query.sortField));
    call.query(u"sort_order"_s, query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s);
    call.jsonBody(searchBody(query));
    return m_client.sendPaged(call, [onPage = std::move(onPage)](const QJsonObject &data) -> Result<qsizetype> {
        Result<PackagePage> page = FulfillmentCodec::decodeSearchPage(data);
        if (!page)
            return page.error();
        const qsizetype count = page.value().packages.size();
        if (auto error = onPage(std::move(page).value().packages))
            return *error;
        return count;
    });
}

Reply<Package> *FulfillmentService::getPackage(const QString &packageId)
{
    return sendDecoded<Package>(
        ApiCall(EndpointId::PackageGet).pathArg(u"package_id", packageId), &FulfillmentCodec::decodePackageDetail);
}

ApiReply *FulfillmentService::shipPackage(const ShipRequest &request)
{
    return m_client.send(ApiCall(EndpointId::PackageShip)
                             .pathArg(u"package_id", request.packageId)
                             .jsonBody(FulfillmentCodec::encodeShipRequest(request, false)));
}

Reply<QList<PackageShipResult>> *FulfillmentService::shipPackages(const QList<ShipRequest> &requests)
{
    auto *reply = new Reply<QList<PackageShipResult>>(this);
    auto batches = std::make_shared<ShipBatches>();
    // A package listed twice is sent once: its second entry would only be refused as shipped.
    QSet<QString> seen;
    for (const ShipRequest &request : requests) {
        if (!seen.contains(request.packageId)) {
            seen.insert(request.packageId);
            batches->requests.append(request);
        }
    }
    reply->setCancelHandler([batches] {
        if (batches->current)
            batches->current->cancel();
    });
    if (batches->requests.isEmpty())
        QTimer::singleShot(0, reply, [reply] { reply->finishWithValue({}); });
    else
        sendNextBatch(reply, batches);
    return reply;
}

void FulfillmentService::sendNextBatch(
    Reply<QList<PackageShipResult>> *reply, const std::shared_ptr<ShipBatches> &batches)
{
    const QList<ShipRequest> batch = batches->requests.mid(batches->next, shipBatchSize);
    batches->next += batch.size();
    QJsonArray packages;
    for (const ShipRequest &request : batch)
        packages.append(FulfillmentCodec::encodeShipRequest(request, true));
    Reply<QJsonObject> *sent = m_client.send(ApiCall(EndpointId::PackagesShip).jsonBody({{u"packages"_s, packages}}));
    batches->current = sent;
    connect(sent, &ApiReply::finished, reply, [this, reply, batches, sent, batch] {
        batches->current = nullptr;
        reply->setRequestId(sent->requestId());
        if (sent->hasError() && sent->error()->category == ApiErrorCategory::Cancelled)
            return; // the outer reply is finishing as cancelled
        std::optional<ApiError> failure = sent->error();
        BatchOutcome outcome;
        if (!failure) {
            Result<BatchOutcome> decoded = FulfillmentCodec::decodeBatchShip(sent->value());
            if (decoded)
                outcome = std::move(decoded).value();
            else
                failure = ApiError::decode(decoded.error().toString(), sent->requestId());
        }
        for (const ShipRequest &request : batch) {
            PackageShipResult result{request.packageId, PackageShipResult::State::Shipped, std::nullopt};
            if (failure) {
                result.error = failure;
                result.state = refusedAsAWhole(*failure) ? PackageShipResult::State::Refused
                                                         : PackageShipResult::State::Unconfirmed;
                // It may have shipped: sending it again blindly could ship it twice.
                if (result.state == PackageShipResult::State::Unconfirmed)
                    result.error->retrySafe = false;
            }
            for (const ItemFailure &item : outcome.failures) {
                if (item.itemId == request.packageId) {
                    result.state = PackageShipResult::State::Refused;
                    result.error = ApiError::fromServer(item.code, item.message, sent->requestId(), 0);
                }
            }
            batches->results.append(result);
        }
        reply->reportProgress(batches->next, batches->requests.size());
        if (reply->isFinished())
            return; // cancelled from a progress slot
        if (batches->next < batches->requests.size())
            sendNextBatch(reply, batches);
        else
            reply->finishWithValue(std::move(batches->results));
    });
}

Reply<ShippedPackage> *FulfillmentService::markShipped(const QString &orderId, const MarkShippedRequest &request)
{
    return sendDecoded<ShippedPackage>(ApiCall(EndpointId::OrderPackagesMarkShipped)
                                           .pathArg(u"order_id", orderId)
                                           .jsonBody(FulfillmentCodec::encodeMarkShippedRequest(request)),
        &FulfillmentCodec::decodeShippedPackage);
}

Reply<ShippingDocument> *FulfillmentService::shippingDocument(const QString &packageId, ShippingDocumentType type)
{
    return sendDecoded<ShippingDocument>(ApiCall(EndpointId::PackageShippingDocuments)
                                             .pathArg(u"package_id", packageId)
                                             .query(u"document_type"_s, shippingDocumentTypeToApi(type))
                                             .query(u"document_format"_s, u"PDF"_s),
        &FulfillmentCodec::decodeShippingDocument);
}

Reply<QByteArray> *FulfillmentService::downloadDocument(const ShippingDocument &document)
{
    auto *reply = new Reply<QByteArray>(this);
    chainReply(
        m_downloader->download(document.url), reply, [](const Reply<QByteArray> &downloaded) -> Result<QByteArray> {
            // Documents are asked for as PDF; a login page or an error page in its place is no label.
            if (!downloaded.value().startsWith("%PDF-"))
                return Error{u"the document is not a PDF file"_s, {}};
            return downloaded.value();
        });
    return reply;
}

Reply<QList<TrackingEvent>> *FulfillmentService::tracking(const QString &orderId)
{
    return sendDecoded<QList<TrackingEvent>>(
        ApiCall(EndpointId::OrderTracking).pathArg(u"order_id", orderId), &FulfillmentCodec::decodeTracking);
}

Reply<QList<DeliveryOption>> *FulfillmentService::deliveryOptions(const QString &warehouseId)
{
    return sendDecoded<QList<DeliveryOption>>(
        ApiCall(EndpointId::WarehouseDeliveryOptions).pathArg(u"warehouse_id", warehouseId),
        &FulfillmentCodec::decodeDeliveryOptions);
}

Reply<QList<ShippingProvider>> *FulfillmentService::shippingProviders(const QString &deliveryOptionId)
{
    return sendDecoded<QList<ShippingProvider>>(
        ApiCall(EndpointId::DeliveryOptionShippingProviders).pathArg(u"delivery_option_id", deliveryOptionId),
        &FulfillmentCodec::decodeShippingProviders);
}

} // namespace ShopDesk

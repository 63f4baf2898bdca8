#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/batchoutcome.h"
#include "domain/package.h"
#include "domain/shipping.h"

namespace ShopDesk {

class JsonReader;

/// One page of `POST /fulfillment/202309/packages/search`.
struct PackagePage
{
    QList<Package> packages;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// Package, shipping and tracking JSON of the fulfillment and logistics endpoints (reference
/// section 5.3), both ways: the client decodes answers and encodes requests, the sandbox does the
/// opposite. Decoding is strict: ids are strings, failures name the field path.
class FulfillmentCodec final
{
public:
    static Result<PackagePage> decodeSearchPage(const QJsonObject &data);
    /// The `data` of `GET /fulfillment/202309/packages/{package_id}`.
    static Result<Package> decodePackageDetail(const QJsonObject &data);
    /// `errors[]{code, message, detail{package_id}}` of a batch ship; every failure names its package.
    static Result<BatchOutcome> decodeBatchShip(const QJsonObject &data);
    static Result<ShippedPackage> decodeShippedPackage(const QJsonObject &data);
    static Result<ShippingDocument> decodeShippingDocument(const QJsonObject &data);
    /// Oldest event first, whatever order the server sent.
    static Result<QList<TrackingEvent>> decodeTracking(const QJsonObject &data);
    static Result<QList<DeliveryOption>> decodeDeliveryOptions(const QJsonObject &data);
    static Result<QList<ShippingProvider>> decodeShippingProviders(const QJsonObject &data);

    /// One package of a ship request; `withId` for an element of the batch body.
    static ShipRequest decodeShipRequest(JsonReader &reader, bool withId);
    static MarkShippedRequest decodeMarkShippedRequest(JsonReader &reader);

    static QJsonObject encodeSearchPackage(const Package &package);
    static QJsonObject encodePackageDetail(const Package &package);
    static QJsonObject encodeBatchShip(const BatchOutcome &outcome);
    static QJsonObject encodeShippedPackage(const ShippedPackage &shipped);
    static QJsonObject encodeShippingDocument(const ShippingDocument &document);
    /// Newest event first, as production sends them.
    static QJsonObject encodeTracking(const QList<TrackingEvent> &events);
    static QJsonObject encodeDeliveryOptions(const QList<DeliveryOption> &options);
    static QJsonObject encodeShippingProviders(const QList<ShippingProvider> &providers);
    static QJsonObject encodeShipRequest(const ShipRequest &request, bool withId);
    static QJsonObject encodeMarkShippedRequest(const MarkShippedRequest &request);
};

} // namespace ShopDesk

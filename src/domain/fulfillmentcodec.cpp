#include "fulfillmentcodec.h"

#include <algorithm>

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Ids of a list of `{id}` objects, such as a package's `orders`.
QStringList readIdObjects(JsonReader &reader, QStringView key)
{
    QStringList ids;
    const QJsonArray list = reader.optionalArray(key);
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i)
        ids.append(reader.element(key, list, i).id(u"id"));
    return ids;
}

/// A list of id strings, such as `order_line_item_ids`; an empty or non-string entry fails.
QStringList readIdList(JsonReader &reader, QStringView key)
{
    const QStringList ids = reader.stringList(key);
    if (ids.contains(QString()))
        reader.fail(key, u"element %1: id is empty"_s.arg(ids.indexOf(QString())));
    return ids;
}

std::optional<PickupSlot> readPickupSlot(JsonReader &reader)
{
    // Absent, null and {} all mean "no slot".
    JsonReader slot = reader.optionalObject(u"pickup_slot");
    if (!slot.has(u"start_time") && !slot.has(u"end_time"))
        return std::nullopt;
    PickupSlot result{slot.integer(u"start_time"), slot.integer(u"end_time")};
    if (result.endTime < result.startTime)
        slot.fail(u"end_time", u"the slot ends before it starts"_s);
    return result;
}

HandoverMethod readHandover(JsonReader &reader)
{
    const QString text = reader.optionalString(u"handover_method");
    if (text.isEmpty())
        return HandoverMethod::Unknown;
    const HandoverMethod method = handoverMethodFromApi(text);
    if (method == HandoverMethod::Unknown)
        reader.fail(u"handover_method", u"expected PICKUP or DROP_OFF, found \"%1\""_s.arg(text));
    return method;
}

/// The fields the search and detail answers share.
void readCommon(JsonReader &reader, Package &package)
{
    package.orderIds = readIdObjects(reader, u"orders");
    package.trackingNumber = reader.optionalString(u"tracking_number");
    package.shippingProviderId = reader.optionalString(u"shipping_provider_id");
    package.shippingProviderName = reader.optionalString(u"shipping_provider_name");
    package.orderLineItemIds = readIdList(reader, u"order_line_item_ids");
    package.createTime = reader.integer(u"create_time");
    package.updateTime = reader.optionalInteger(u"update_time").value_or(package.createTime);
}

Package readSearchPackage(JsonReader &reader)
{
    Package package;
    package.id = reader.id(u"id");
    package.status = packageStatusFromApi(reader.string(u"status"));
    readCommon(reader, package);
    return package;
}

template <typename T>
Result<T> finish(const JsonReader &reader, T value)
{
    if (reader.failed())
        return reader.error();
    return value;
}

/// Reads every object of the list at `key` with `readOne`.
template <typename T, typename ReadOne>
Result<QList<T>> readList(const QJsonObject &data, QStringView key, ReadOne readOne)
{
    JsonReader reader(data, u"data"_s);
    QList<T> items;
    const QJsonArray list = reader.optionalArray(key);
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(key, list, i);
        items.append(readOne(item));
    }
    return finish(reader, std::move(items));
}

QJsonArray idObjects(const QStringList &ids)
{
    QJsonArray list;
    for (const QString &id : ids)
        list.append(QJsonObject{{u"id"_s, id}});
    return list;
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject encodeCommon(const Package &package)
{
    QJsonObject object{
        {u"orders"_s, idObjects(package.orderIds)},
        {u"order_line_item_ids"_s, QJsonArray::fromStringList(package.orderLineItemIds)},
        {u"create_time"_s, package.createTime},
        {u"update_time"_s, package.updateTime},
    };
    insertIfSet(object, u"tracking_number"_s, package.trackingNumber);
    insertIfSet(object, u"shipping_provider_id"_s, package.shippingProviderId);
    insertIfSet(object, u"shipping_provider_name"_s, package.shippingProviderName);
    return object;
}

QJsonObject encodeSlot(const PickupSlot &slot)
{
    return {{u"start_time"_s, slot.startTime}, {u"end_time"_s, slot.endTime}};
}

} // namespace

Result<PackagePage> FulfillmentCodec::decodeSearchPage(const QJsonObject &data)
{
    Result<QList<Package>> packages = readList<Package>(data, u"packages", readSearchPackage);
    if (!packages)
        return packages.error();
    JsonReader reader(data, u"data"_s);
    PackagePage page;
    page.packages = std::move(packages).value();
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.packages.size());
    return finish(reader, std::move(page));
}

Result<Package> FulfillmentCodec::decodePackageDetail(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    Package package;
    package.id = reader.id(u"package_id");
    package.status = packageStatusFromApi(reader.string(u"package_status"));
    readCommon(reader, package);
    package.shippingType = reader.optionalString(u"shipping_type");
    package.handoverMethod = readHandover(reader);
    package.pickupSlot = readPickupSlot(reader);
    package.deliveryOptionId = reader.optionalString(u"delivery_option_id");
    package.deliveryOptionName = reader.optionalString(u"delivery_option_name");
    return finish(reader, std::move(package));
}

Result<BatchOutcome> FulfillmentCodec::decodeBatchShip(const QJsonObject &data)
{
    Result<QList<ItemFailure>> failures = readList<ItemFailure>(data, u"errors", [](JsonReader &error) {
        ItemFailure failure;
        failure.code = error.integer(u"code");
        failure.message = error.optionalString(u"message");
        // A failure that names no package cannot be told apart from the others' success.
        failure.itemId = error.object(u"detail").id(u"package_id");
        return failure;
    });
    if (!failures)
        return failures.error();
    return BatchOutcome{std::move(failures).value()};
}

Result<ShippedPackage> FulfillmentCodec::decodeShippedPackage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    ShippedPackage shipped;
    shipped.orderId = reader.id(u"order_id");
    shipped.packageId = reader.id(u"package_id");
    shipped.lineItemIds = readIdList(reader, u"order_line_item_ids");
    shipped.warning = reader.optionalObject(u"warning").optionalString(u"message");
    return finish(reader, std::move(shipped));
}

Result<ShippingDocument> FulfillmentCodec::decodeShippingDocument(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    ShippingDocument document;
    const QString url = reader.string(u"doc_url");
    document.url = QUrl(url, QUrl::StrictMode);
    const QString scheme = document.url.scheme();
    // The link is opened without signing; anything but a web address is refused outright.
    if (!reader.failed()
        && (!document.url.isValid() || document.url.host().isEmpty() || (scheme != u"https" && scheme != u"http")))
        reader.fail(u"doc_url", u"expected an http or https address, found \"%1\""_s.arg(url));
    document.trackingNumber = reader.optionalString(u"tracking_number");
    return finish(reader, std::move(document));
}

Result<QList<TrackingEvent>> FulfillmentCodec::decodeTracking(const QJsonObject &data)
{
    Result<QList<TrackingEvent>> events = readList<TrackingEvent>(data, u"tracking", [](JsonReader &event) {
        return TrackingEvent{event.string(u"description"), event.integer(u"update_time_millis")};
    });
    if (!events)
        return events;
    QList<TrackingEvent> sorted = std::move(events).value();
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const TrackingEvent &a, const TrackingEvent &b) { return a.timeMs < b.timeMs; });
    return sorted;
}

Result<QList<DeliveryOption>> FulfillmentCodec::decodeDeliveryOptions(const QJsonObject &data)
{
    return readList<DeliveryOption>(data, u"delivery_options", [](JsonReader &option) {
        return DeliveryOption{option.id(u"id"), option.string(u"name"), option.optionalString(u"type")};
    });
}

Result<QList<ShippingProvider>> FulfillmentCodec::decodeShippingProviders(const QJsonObject &data)
{
    return readList<ShippingProvider>(data, u"shipping_providers", [](JsonReader &provider) {
        return ShippingProvider{provider.id(u"id"), provider.string(u"name")};
    });
}

ShipRequest FulfillmentCodec::decodeShipRequest(JsonReader &reader, bool withId)
{
    ShipRequest request;
    if (withId)
        request.packageId = reader.id(u"id");
    request.handoverMethod = readHandover(reader);
    request.pickupSlot = readPickupSlot(reader);
    JsonReader self = reader.optionalObject(u"self_shipment");
    if (self.has(u"tracking_number") || self.has(u"shipping_provider_id")) {
        request.trackingNumber = self.string(u"tracking_number");
        request.shippingProviderId = self.id(u"shipping_provider_id");
    }
    return request;
}

MarkShippedRequest FulfillmentCodec::decodeMarkShippedRequest(JsonReader &reader)
{
    MarkShippedRequest request;
    request.trackingNumber = reader.string(u"tracking_number");
    request.shippingProviderId = reader.id(u"shipping_provider_id");
    request.lineItemIds = readIdList(reader, u"order_line_item_ids");
    return request;
}

QJsonObject FulfillmentCodec::encodeSearchPackage(const Package &package)
{
    QJsonObject object = encodeCommon(package);
    object.insert(u"id"_s, package.id);
    object.insert(u"status"_s, packageStatusToApi(package.status));
    return object;
}

QJsonObject FulfillmentCodec::encodePackageDetail(const Package &package)
{
    QJsonObject object = encodeCommon(package);
    object.insert(u"package_id"_s, package.id);
    object.insert(u"package_status"_s, packageStatusToApi(package.status));
    insertIfSet(object, u"shipping_type"_s, package.shippingType);
    insertIfSet(object, u"handover_method"_s, handoverMethodToApi(package.handoverMethod));
    insertIfSet(object, u"delivery_option_id"_s, package.deliveryOptionId);
    insertIfSet(object, u"delivery_option_name"_s, package.deliveryOptionName);
    if (package.pickupSlot)
        object.insert(u"pickup_slot"_s, encodeSlot(*package.pickupSlot));
    return object;
}

QJsonObject FulfillmentCodec::encodeBatchShip(const BatchOutcome &outcome)
{
    return BatchOutcomeCodec::encode(outcome, u"package_id");
}

QJsonObject FulfillmentCodec::encodeShippedPackage(const ShippedPackage &shipped)
{
    QJsonObject object{
        {u"order_id"_s, shipped.orderId},
        {u"package_id"_s, shipped.packageId},
        {u"order_line_item_ids"_s, QJsonArray::fromStringList(shipped.lineItemIds)},
    };
    if (!shipped.warning.isEmpty())
        object.insert(u"warning"_s, QJsonObject{{u"message"_s, shipped.warning}});
    return object;
}

QJsonObject FulfillmentCodec::encodeShippingDocument(const ShippingDocument &document)
{
    QJsonObject object{{u"doc_url"_s, document.url.toString(QUrl::FullyEncoded)}};
    insertIfSet(object, u"tracking_number"_s, document.trackingNumber);
    return object;
}

QJsonObject FulfillmentCodec::encodeTracking(const QList<TrackingEvent> &events)
{
    QJsonArray list;
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        list.append(QJsonObject{{u"description"_s, it->description}, {u"update_time_millis"_s, it->timeMs}});
    return {{u"tracking"_s, list}};
}

QJsonObject FulfillmentCodec::encodeDeliveryOptions(const QList<DeliveryOption> &options)
{
    QJsonArray list;
    for (const DeliveryOption &option : options)
        list.append(QJsonObject{{u"id"_s, option.id}, {u"name"_s, option.name}, {u"type"_s, option.type}});
    return {{u"delivery_options"_s, list}};
}

QJsonObject FulfillmentCodec::encodeShippingProviders(const QList<ShippingProvider> &providers)
{
    QJsonArray list;
    for (const ShippingProvider &provider : providers)
        list.append(QJsonObject{{u"id"_s, provider.id}, {u"name"_s, provider.name}});
    return {{u"shipping_providers"_s, list}};
}

QJsonObject FulfillmentCodec::encodeShipRequest(const ShipRequest &request, bool withId)
{
    QJsonObject object;
    if (withId)
        object.insert(u"id"_s, request.packageId);
    insertIfSet(object, u"handover_method"_s, handoverMethodToApi(request.handoverMethod));
    if (request.pickupSlot)
        object.insert(u"pickup_slot"_s, encodeSlot(*request.pickupSlot));
    if (request.isSelfShipment()) {
        object.insert(u"self_shipment"_s,
            QJsonObject{{u"tracking_number"_s, request.trackingNumber},
                {u"shipping_provider_id"_s, request.shippingProviderId}});
    }
    return object;
}

QJsonObject FulfillmentCodec::encodeMarkShippedRequest(const MarkShippedRequest &request)
{
    QJsonObject object{
        {u"tracking_number"_s, request.trackingNumber},
        {u"shipping_provider_id"_s, request.shippingProviderId},
    };
    if (!request.lineItemIds.isEmpty())
        object.insert(u"order_line_item_ids"_s, QJsonArray::fromStringList(request.lineItemIds));
    return object;
}

} // namespace ShopDesk

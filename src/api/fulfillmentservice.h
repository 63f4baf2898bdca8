#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>

#include "api/apireply.h"
#include "domain/package.h"
#include "domain/shipping.h"

namespace ShopDesk {

class ApiCall;
class ApiClient;
class DocumentDownloader;

enum class PackageSortField { CreateTime, UpdateTime, OrderPayTime };

/// Which packages a search returns and in what order; unset fields do not filter. Time windows are
/// epoch seconds, `…Ge` inclusive and `…Lt` exclusive.
struct PackageQuery
{
    std::optional<PackageStatus> status;
    std::optional<qint64> createTimeGe;
    std::optional<qint64> createTimeLt;
    std::optional<qint64> updateTimeGe;
    std::optional<qint64> updateTimeLt;
    PackageSortField sortField = PackageSortField::CreateTime;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

/// What became of one package of a batch ship, so that a table can show a result per row and
/// offer to retry only the ones that did not ship.
struct PackageShipResult
{
    enum class State {
        /// The server took it.
        Shipped,
        /// The server refused it (frozen, already shipped, …) or refused its whole batch: it did
        /// not ship, `error` says why.
        Refused,
        /// The request carrying it failed on the way (network, timeout, unreadable answer): it may
        /// have shipped. Read the package before sending it again.
        Unconfirmed,
    };

    QString packageId;
    State state = State::Shipped;
    /// Why, unless it shipped.
    std::optional<ApiError> error;
};

/// Packages, shipping, tracking and carriers of the connected shop (reference section 5.3).
/// Ships are never repeated automatically: a ship that failed on the way may have happened.
class FulfillmentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FulfillmentService)

public:
    /// Reference section 5.3 documents no limit for a batch ship; this is the one place to set it.
    static constexpr qsizetype shipBatchSize = 50;

    explicit FulfillmentService(ApiClient &client, QObject *parent = nullptr);
    ~FulfillmentService() override;

    /// Every package the query matches, all pages, in the query's order; progress counts packages
    /// against `total_count`.
    Reply<QList<Package>> *searchPackages(const PackageQuery &query);
    /// The same search, handing each page to `onPage` as it arrives (to store it and move a sync
    /// cursor on); an error `onPage` returns stops the search with that error.
    using PackagePageHandler = std::function<std::optional<Error>(QList<Package> &&packages)>;
    ApiReply *searchPackagePages(const PackageQuery &query, PackagePageHandler onPage);
    Reply<Package> *getPackage(const QString &packageId);
    /// Ships one package; a refusal is the reply's error, with the server's code.
    ApiReply *shipPackage(const ShipRequest &request);
    /// Ships the packages in batches of shipBatchSize, one batch after the other, and finishes with
    /// one result per distinct package in the order given, even when some or all failed. Progress
    /// counts packages answered for; cancelling stops before the next batch (read the packages
    /// again to learn what shipped).
    Reply<QList<PackageShipResult>> *shipPackages(const QList<ShipRequest> &requests);
    /// Ships the listed line items of a seller-shipped order with the seller's own carrier.
    Reply<ShippedPackage> *markShipped(const QString &orderId, const MarkShippedRequest &request);
    /// A link to the package's label or packing slip, as a PDF.
    Reply<ShippingDocument> *shippingDocument(const QString &packageId, ShippingDocumentType type);
    /// The PDF behind a document's link.
    Reply<QByteArray> *downloadDocument(const ShippingDocument &document);
    /// The carrier scans of an order's packages, oldest first.
    Reply<QList<TrackingEvent>> *tracking(const QString &orderId);
    Reply<QList<DeliveryOption>> *deliveryOptions(const QString &warehouseId);
    /// The carriers of one delivery option; they differ between options.
    Reply<QList<ShippingProvider>> *shippingProviders(const QString &deliveryOptionId);

private:
    struct ShipBatches;
    void sendNextBatch(Reply<QList<PackageShipResult>> *reply, const std::shared_ptr<ShipBatches> &batches);
    template <typename T, typename Decode>
    Reply<T> *sendDecoded(const ApiCall &call, Decode decode);

    ApiClient &m_client;
    DocumentDownloader *const m_downloader;
};

} // namespace ShopDesk

#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include "api/apireply.h"
#include "domain/batchoutcome.h"
#include "domain/listingcatalog.h"
#include "domain/productdetail.h"
#include "domain/productdraft.h"

namespace ShopDesk {

class ApiCall;
class ApiClient;

/// Listing products on the connected shop (reference section 5.1): the category tree and its
/// attributes, brands, warehouses, image uploads, creating and editing a product, its full detail,
/// and activating, deactivating, deleting and recovering products. Writes are never repeated here:
/// the outbox sends them and checks the server before any resend.
class ListingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingService)

public:
    /// Products per activate, deactivate, delete or recover call (the endpoints take at most 20).
    static constexpr qsizetype statusBatchSize = 20;

    explicit ListingService(ApiClient &client, QObject *parent = nullptr);

    /// The connected shop's region ("US", "GB", …), which decides some listing rules.
    QString region() const;

    /// The category tree as a flat list; with a keyword, the matching categories and their parents.
    Reply<QList<Category>> *categories(const QString &keyword = {});
    Reply<QList<CategoryAttribute>> *attributes(const QString &categoryId);
    /// Every brand usable in the category, all pages.
    Reply<QList<Brand>> *brands(const QString &categoryId = {});
    Reply<QList<Warehouse>> *warehouses();
    /// Uploads a picture as multipart/form-data (the API refuses base64 in JSON, reference section 10).
    Reply<UploadedImage> *uploadImage(const QByteArray &data, const QString &fileName, ImageUseCase useCase);

    Reply<ProductDetail> *detail(const QString &productId);
    Reply<SavedProduct> *create(const ProductDraft &draft);
    Reply<SavedProduct> *edit(const QString &productId, const ProductDraft &draft);

    /// Products the server refused come back as failures of a reply that otherwise succeeded.
    Reply<BatchOutcome> *activate(const QStringList &productIds);
    Reply<BatchOutcome> *deactivate(const QStringList &productIds);
    Reply<BatchOutcome> *remove(const QStringList &productIds);
    Reply<BatchOutcome> *recover(const QStringList &productIds);

    /// The id of the product created at or after `createdSince` whose external_product_id is
    /// `externalId`, or an empty string when there is none. Searches by creation time (and by the
    /// seller SKUs given, to narrow it) and reads each candidate's detail.
    Reply<QString> *findByExternalId(const QString &externalId, qint64 createdSince, const QStringList &sellerSkus);

private:
    struct ExternalIdSearch;
    Reply<BatchOutcome> *sendStatusBatch(ApiCall call, const QStringList &productIds);
    void checkNextCandidate(Reply<QString> *reply, const std::shared_ptr<ExternalIdSearch> &search);

    ApiClient &m_client;
};

} // namespace ShopDesk

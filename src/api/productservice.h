#pragma once

#include <QJsonArray>
#include <QList>
#include <QObject>

#include "api/apireply.h"
#include "domain/batchoutcome.h"
#include "domain/product.h"

namespace ShopDesk {

class ApiCall;
class ApiClient;

/// Products of the connected shop (reference section 5.1).
class ProductService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductService)

public:
    explicit ProductService(ApiClient &client, QObject *parent = nullptr);

    /// Every product of the shop (deleted ones aside), all pages; progress counts products against
    /// `total_count`.
    Reply<QList<Product>> *searchAll();
    /// Every product updated at or after `from` (epoch seconds), deleted ones included with status
    /// Deleted: the default search leaves those out, so a second search asks for them alone.
    Reply<QList<Product>> *searchChangedSince(qint64 from);
    /// One product as the server has it now.
    Reply<Product> *get(const QString &productId);

    struct SkuStock
    {
        QString skuId;
        /// Every warehouse of the SKU, as the endpoint requires.
        QList<WarehouseStock> inventory;
    };
    struct SkuPrice
    {
        QString skuId;
        Money price;
    };
    /// Sets stock; SKUs the server refused come back as failures of a reply that otherwise succeeded.
    Reply<BatchOutcome> *updateInventory(const QString &productId, const QList<SkuStock> &skus);
    Reply<BatchOutcome> *updatePrices(const QString &productId, const QList<SkuPrice> &skus);

private:
    /// All pages of one search with this body (see ProductSearch for catalogues past the limit).
    Reply<QList<Product>> *searchPages(const QJsonObject &body);

    Reply<BatchOutcome> *sendBatch(ApiCall call, const QJsonArray &skus, const QString &subIdField);

    ApiClient &m_client;
};

} // namespace ShopDesk

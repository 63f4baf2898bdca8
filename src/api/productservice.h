#pragma once

#include <QList>
#include <QObject>

#include "api/apireply.h"
#include "domain/product.h"

namespace ShopDesk {

class ApiClient;

/// Products of the connected shop (reference section 5.1).
class ProductService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductService)

public:
    explicit ProductService(ApiClient &client, QObject *parent = nullptr);

    /// Every product of the shop, all pages; progress counts products against `total_count`.
    Reply<QList<Product>> *searchAll();

private:
    ApiClient &m_client;
};

} // namespace ShopDesk

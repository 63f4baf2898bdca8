#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "domain/product.h"

namespace ShopDesk {

class ApiClient;

/// Every product a search body matches, all pages, within the API's limit of results per query
/// (productSearchResultLimit): a query that matches more is asked again in creation-time windows,
/// halved until each stays under the limit, and the windows' products are put together.
class ProductSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductSearch)

public:
    /// Epoch seconds past any product's creation: the end of the first window.
    static constexpr qint64 windowsEnd = 4'102'444'800; // 2100-01-01

    /// Starts the search; the reply owns it.
    static Reply<QList<Product>> *start(ApiClient &client, const QJsonObject &body, QObject *parent);

private:
    /// Creation times `[from, to)`.
    struct Window
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    ProductSearch(ApiClient &client, QJsonObject body, Reply<QList<Product>> *reply);
    void searchNext();
    void handleFinished(ApiReply *pages, bool tooMany);

    ApiClient &m_client;
    const QJsonObject m_body;
    Reply<QList<Product>> *const m_reply;
    /// Empty until the whole query turned out to match too many.
    QList<Window> m_windows;
    std::optional<Window> m_current;
    QList<Product> m_found;
    qint64 m_total = 0;
    QPointer<ApiReply> m_pages;
};

} // namespace ShopDesk

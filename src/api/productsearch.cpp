#include "productsearch.h"

#include <QJsonObject>

#include "api/apiclient.h"
#include "core/logging.h"
#include "domain/productcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 searchPageSize = 100; // the endpoint's maximum

} // namespace

Reply<QList<Product>> *ProductSearch::start(ApiClient &client, const QJsonObject &body, QObject *parent)
{
    auto *reply = new Reply<QList<Product>>(parent);
    auto *search = new ProductSearch(client, body, reply);
    reply->setCancelHandler([search] {
        if (search->m_pages)
            search->m_pages->cancel();
    });
    search->searchNext();
    return reply;
}

ProductSearch::ProductSearch(ApiClient &client, QJsonObject body, Reply<QList<Product>> *reply)
    : QObject(reply)
    , m_client(client)
    , m_body(std::move(body))
    , m_reply(reply)
{ }

void ProductSearch::searchNext()
{
    QJsonObject body = m_body;
    m_current.reset();
    if (!m_windows.isEmpty()) {
        m_current = m_windows.takeFirst();
        // The API's bounds are both inclusive (create_time_ge / create_time_le).
        body.insert(u"create_time_ge"_s, m_current->from);
        body.insert(u"create_time_le"_s, m_current->to - 1);
    }
    ApiCall call(EndpointId::ProductsSearch);
    call.query(u"page_size"_s, searchPageSize);
    if (!body.isEmpty())
        call.jsonBody(body);
    auto tooMany = std::make_shared<bool>(false);
    auto pageProducts = std::make_shared<QList<Product>>();
    const bool first = !m_current;
    // A page of a hundred products with their SKUs is decoded off the GUI thread. The next page
    // is asked for only then: at the quota's pace, asking ahead would gain little, and a search
    // stopped early would have asked for a page it does not use.
    ApiReply *pages = m_client.sendPaged<ProductPage>(
        call, [](const QJsonObject &data) { return ProductCodec::decodeSearchPage(data); },
        [this, tooMany, pageProducts, first](ProductPage &&page) -> Result<qsizetype> {
            if (first && m_total == 0)
                m_total = page.totalCount;
            if (page.totalCount > productSearchResultLimit) {
                // Reading on would end in the limit's error: stop now and narrow the query.
                *tooMany = true;
                return Error{u"more than %1 products match"_s.arg(productSearchResultLimit), u"data.total_count"_s};
            }
            const qsizetype count = page.products.size();
            *pageProducts += std::move(page.products);
            m_reply->reportProgress(m_found.size() + pageProducts->size(), std::max(m_total, m_found.size()));
            return count;
        },
        ApiClient::PageRequests::AfterHandler);
    m_pages = pages;
    connect(pages, &ApiReply::finished, this, [this, pages, tooMany, pageProducts] {
        if (!pages->hasError())
            m_found += *pageProducts;
        handleFinished(pages, *tooMany);
    });
}

void ProductSearch::handleFinished(ApiReply *pages, bool tooMany)
{
    if (tooMany) {
        const Window window = m_current.value_or(Window{0, windowsEnd});
        if (window.to - window.from < 2) {
            m_reply->finishWithError(ApiError::decode(
                u"more than %1 products were created in the same second"_s.arg(productSearchResultLimit)));
            return;
        }
        if (!m_current) {
            qCInfo(lcApi) << "more than" << productSearchResultLimit
                          << "products match: searching by creation time windows";
        }
        const qint64 middle = window.from + (window.to - window.from) / 2;
        m_windows.prepend({middle, window.to});
        m_windows.prepend({window.from, middle});
        searchNext();
        return;
    }
    if (pages->hasError()) {
        m_reply->finishWithError(*pages->error());
        return;
    }
    if (!m_windows.isEmpty()) {
        searchNext();
        return;
    }
    m_reply->finishWithValue(std::move(m_found));
}

} // namespace ShopDesk

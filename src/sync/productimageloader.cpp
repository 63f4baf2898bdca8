#include "productimageloader.h"

#include <QTimer>
#include <QUrl>

#include "api/imagefetcher.h"
#include "store/imagecache.h"

namespace ShopDesk {

ProductImageLoader::ProductImageLoader(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_cache(std::make_unique<ImageCache>(cacheDirectory))
    , m_fetcher(new ImageFetcher(this))
{ }

ProductImageLoader::~ProductImageLoader() = default;

void ProductImageLoader::request(const ProductImage &image)
{
    const QString uri = image.uri;
    if (uri.isEmpty() || m_inFlight.contains(uri))
        return;
    m_inFlight.insert(uri);
    if (const std::optional<QByteArray> cached = m_cache->load(uri)) {
        // Answered from the event loop all the same, so that callers see one behaviour.
        QTimer::singleShot(0, this, [this, uri, bytes = *cached] {
            m_inFlight.remove(uri);
            emit imageLoaded(uri, bytes);
        });
        return;
    }
    // The thumbnail is enough for the panel and lighter to fetch.
    const QString address = !image.thumbUrls.isEmpty() ? image.thumbUrls.first() : image.urls.value(0);
    Reply<QByteArray> *reply = m_fetcher->fetch(QUrl(address));
    connect(reply, &ApiReply::finished, this, [this, reply, uri] {
        m_inFlight.remove(uri);
        if (reply->hasError()) {
            emit imageFailed(uri);
            return;
        }
        ++m_downloads;
        m_cache->store(uri, reply->value());
        emit imageLoaded(uri, reply->value());
    });
}

} // namespace ShopDesk

#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QSet>

#include "domain/productdetail.h"

namespace ShopDesk {

class ImageCache;
class ImageFetcher;

/// Loads listing pictures for the panes, asynchronously and once each: from the disk cache when a
/// picture was fetched before, else from its address, keeping it on disk for the next time. Bytes
/// only; the view decodes them.
class ProductImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductImageLoader)

public:
    explicit ProductImageLoader(const QString &cacheDirectory, QObject *parent = nullptr);
    ~ProductImageLoader() override;

    /// Asks for a picture; imageLoaded() or imageFailed() follows, later, for its URI.
    void request(const ProductImage &image);
    /// Pictures fetched from the network (not from disk), for tests and diagnostics.
    int downloadCount() const { return m_downloads; }

signals:
    void imageLoaded(const QString &uri, const QByteArray &bytes);
    void imageFailed(const QString &uri);

private:
    const std::unique_ptr<ImageCache> m_cache;
    ImageFetcher *const m_fetcher;
    QSet<QString> m_inFlight;
    int m_downloads = 0;
};

} // namespace ShopDesk

#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QString>

#include "domain/listingcatalog.h"

namespace ShopDesk {

struct SandboxRequest;
struct SandboxResponse;

/// The pictures the sandbox knows: those uploaded through `/product/202309/images/upload`, and the
/// seeded products' own, drawn when asked. They are served on the unsigned
/// `GET /sandbox/images/<uri>` of the same port, like a CDN.
class SandboxImageStore final
{
public:
    struct Image
    {
        QByteArray bytes;
        QByteArray contentType;
        int width = 0;
        int height = 0;
        ImageUseCase useCase = ImageUseCase::MainImage;
    };

    /// Keeps an uploaded picture and returns its new URI.
    QString add(const Image &image);
    /// An uploaded or seeded picture.
    std::optional<Image> find(const QString &uri) const;
    bool contains(const QString &uri) const { return find(uri).has_value(); }
    void clear();

    static QString seedUri(const QString &productId, int index);
    /// The picture's address on the server whose Host header is `host`.
    static QString url(const QByteArray &host, const QString &uri);

    static bool handles(const QString &path);
    SandboxResponse serve(const SandboxRequest &request) const;

private:
    QHash<QString, Image> m_images;
    qint64 m_serial = 0;
};

} // namespace ShopDesk

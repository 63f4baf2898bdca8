#include "sandboximagestore.h"

#include <QCryptographicHash>

#include "sandbox/sandboxroutetable.h"
#include "sandbox/seedproductimage.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr QStringView imagesPath = u"/sandbox/images/";
constexpr QStringView seedPrefix = u"tos-sandbox-seed-";

} // namespace

QString SandboxImageStore::add(const Image &image)
{
    // Production hands out a fresh URI per upload, even for the same bytes.
    const QByteArray digest = QCryptographicHash::hash(image.bytes, QCryptographicHash::Sha1).toHex().left(16);
    const QString uri = u"tos-sandbox-i-%1-%2"_s.arg(QString::fromLatin1(digest)).arg(++m_serial);
    m_images.insert(uri, image);
    return uri;
}

std::optional<SandboxImageStore::Image> SandboxImageStore::find(const QString &uri) const
{
    const auto stored = m_images.constFind(uri);
    if (stored != m_images.cend())
        return *stored;
    if (uri.startsWith(seedPrefix) && uri.size() > seedPrefix.size())
        return Image{SeedProductImage::png(uri), "image/png", SeedProductImage::side, SeedProductImage::side,
            ImageUseCase::MainImage};
    return std::nullopt;
}

void SandboxImageStore::clear()
{
    m_images.clear();
}

QString SandboxImageStore::seedUri(const QString &productId, int index)
{
    return seedPrefix + productId + u'-' + QString::number(index);
}

QString SandboxImageStore::url(const QByteArray &host, const QString &uri)
{
    const QString path = imagesPath + uri;
    return host.isEmpty() ? path : u"http://"_s + QString::fromLatin1(host) + path;
}

bool SandboxImageStore::handles(const QString &path)
{
    return path.startsWith(imagesPath);
}

SandboxResponse SandboxImageStore::serve(const SandboxRequest &request) const
{
    const std::optional<Image> image
        = request.method == "GET" ? find(request.path.mid(imagesPath.size())) : std::nullopt;
    SandboxResponse response;
    if (!image) {
        response.httpStatus = 404;
        response.rawBody = "no such image";
        response.contentType = "text/plain";
        return response;
    }
    response.rawBody = image->bytes;
    response.contentType = image->contentType;
    return response;
}

} // namespace ShopDesk

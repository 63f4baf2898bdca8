#include "sandboxbodycheck.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpPayloadTooLarge = 413;
constexpr int httpUnsupportedMediaType = 415;
// Reference section 6.1.
constexpr qint64 bodyTooLarge = 36009021;
constexpr qint64 bodyNotJsonOrMultipart = 36009022;

QByteArray mediaType(const SandboxRequest &request)
{
    const QByteArray value = request.header("content-type");
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

} // namespace

bool SandboxBodyCheck::isMultipart(const SandboxRequest &request)
{
    return mediaType(request) == "multipart/form-data";
}

std::optional<SandboxResponse> SandboxBodyCheck::checkSize(const SandboxRequest &request)
{
    const qsizetype limit = isMultipart(request) ? maxMultipartBodyBytes : maxJsonBodyBytes;
    if (request.body.size() <= limit)
        return std::nullopt;
    return SandboxResponse::failure(httpPayloadTooLarge, bodyTooLarge,
        u"The request body is too large: at most %1 bytes are allowed."_s.arg(limit));
}

std::optional<SandboxResponse> SandboxBodyCheck::checkContentType(const SandboxRequest &request)
{
    if (request.method == "GET" || request.body.isEmpty() || isMultipart(request))
        return std::nullopt;
    const QByteArray type = mediaType(request);
    if (type == "application/json")
        return std::nullopt;
    return SandboxResponse::failure(httpUnsupportedMediaType, bodyNotJsonOrMultipart,
        u"Unsupported Media Type \"%1\": the body must be application/json or multipart/form-data."_s.arg(
            QString::fromLatin1(type)));
}

} // namespace ShopDesk

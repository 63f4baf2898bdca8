#include "sandboximageapi.h"

#include "domain/listingcodec.h"
#include "domain/listingrules.h"
#include "io/multipartform.h"
#include "sandbox/sandboximagestore.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/sandboxstats.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr int httpPayloadTooLarge = 413;
// Reference section 6.1.
constexpr qint64 fileTooLarge = 36009021;
constexpr qint64 mustBeMultipart = 36009023;

} // namespace

SandboxImageApi::SandboxImageApi(SandboxImageStore &store)
    : m_store(store)
{ }

void SandboxImageApi::addRoutes(SandboxRouteTable &table)
{
    // Uploads carry no shop_cipher (reference section 4).
    table.add({"POST", u"product"_s, u"images/upload"_s, {u"202309"_s}, false,
        [store = &m_store](const SandboxCall &call) { return upload(*store, call); }});
}

SandboxResponse SandboxImageApi::upload(SandboxImageStore &store, const SandboxCall &call)
{
    const QByteArray contentType = call.request.header("content-type");
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return SandboxResponse::failure(
            httpBadRequest, mustBeMultipart, u"Unsupported Media Type: the request must be multipart/form-data."_s);
    Result<QList<FormPart>> parts = MultipartForm::decode(contentType, call.request.body);
    if (!parts)
        return SandboxResponse::failure(
            httpBadRequest, mustBeMultipart, u"The multipart body cannot be read: %1."_s.arg(parts.error().message));
    const FormPart *data = nullptr;
    QString useCaseName = u"MAIN_IMAGE"_s;
    for (const FormPart &part : parts.value()) {
        if (part.name == u"data")
            data = &part;
        else if (part.name == u"use_case")
            useCaseName = QString::fromUtf8(part.data).trimmed();
    }
    if (!data || data->data.isEmpty())
        return SandboxPager::invalid(u"Invalid params: the image part `data` is missing or empty."_s);
    const std::optional<ImageUseCase> useCase = imageUseCaseFromApi(useCaseName);
    if (!useCase)
        return SandboxPager::invalid(u"Invalid params: unknown use_case %1."_s.arg(useCaseName));
    if (data->data.size() > ListingRules::maxImageBytes)
        return SandboxResponse::failure(httpPayloadTooLarge, fileTooLarge,
            u"The file is too large: at most %1 bytes are allowed."_s.arg(ListingRules::maxImageBytes));
    const ImageHeader header = ImageHeader::read(data->data);
    if (!header.isValid() || !ListingRules::isAcceptedFormat(header.format))
        return SandboxPager::invalid(u"Invalid params: the image must be a JPG, JPEG or PNG file."_s);
    const bool listingPicture = *useCase == ImageUseCase::MainImage || *useCase == ImageUseCase::AttributeImage;
    const int low = listingPicture ? ListingRules::minImageSide : minUploadSide;
    const int high = listingPicture ? ListingRules::maxImageSide : maxUploadSide;
    if (qMin(header.width, header.height) < low || qMax(header.width, header.height) > high)
        return SandboxPager::invalid(
            u"Invalid params: the image is %1x%2 pixels; each side must be from %3 to %4."_s.arg(header.width)
                .arg(header.height)
                .arg(low)
                .arg(high));

    const QByteArray mime = header.format == ImageHeader::Format::Png ? "image/png" : "image/jpeg";
    const QString uri = store.add({data->data, mime, header.width, header.height, *useCase});
    call.stats->recordWrite(uri);
    const UploadedImage image{
        uri, SandboxImageStore::url(call.request.header("host"), uri), header.width, header.height, *useCase};
    return SandboxResponse::success(ListingCodec::encodeUploadedImage(image));
}

} // namespace ShopDesk

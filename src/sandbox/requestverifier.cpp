#include "requestverifier.h"

#include "api/requestsigner.h"
#include "io/multipartform.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxtokens.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpUnauthorized = 401;
constexpr int httpBadRequest = 400;

SandboxResponse gatewayError(int httpStatus, const QString &message)
{
    return SandboxResponse::failure(httpStatus, 36009004, message);
}

} // namespace

RequestVerifier::RequestVerifier(
    const SandboxCredentials &credentials, const SandboxTokens &tokens, const SandboxClock &clock)
    : m_credentials(credentials)
    , m_tokens(tokens)
    , m_clock(clock)
{ }

std::optional<SandboxResponse> RequestVerifier::verify(
    const SandboxRequest &request, const SandboxRoute &route, QList<SandboxShop> &shops, SandboxShop **shop) const
{
    if (auto failure = verifySignature(request))
        return failure;

    const QByteArray token = request.header("x-tts-access-token");
    if (token.isEmpty())
        return gatewayError(httpUnauthorized, u"Invalid credentials. The x-tts-access-token header is missing."_s);
    switch (m_tokens.accessState(token, m_clock.nowSecs())) {
    case SandboxTokens::State::Unknown:
        return SandboxResponse::failure(httpUnauthorized, 105001, u"Invalid access token."_s);
    case SandboxTokens::State::Expired:
        return SandboxResponse::failure(httpUnauthorized, 105002, u"Access token is expired, please refresh it."_s);
    case SandboxTokens::State::Valid:
        break;
    }
    return verifyShop(request, route, shops, shop);
}

std::optional<SandboxResponse> RequestVerifier::verifySignature(const SandboxRequest &request) const
{
    if (request.queryValue(u"app_key") != m_credentials.appKey)
        return gatewayError(httpUnauthorized, u"Invalid app_key."_s);
    if (!request.hasQuery(u"sign"))
        return gatewayError(httpUnauthorized, u"Invalid credentials. The sign parameter is missing."_s);

    bool numeric = false;
    const QString timestampText = request.queryValue(u"timestamp");
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    const qint64 now = m_clock.base().nowSecs();
    if (!numeric || timestampText.size() != 10 || timestamp < now - maxClockBehind || timestamp > now + maxClockAhead)
        return gatewayError(
            httpUnauthorized, u"Invalid timestamp. The timestamp must be within 5 minutes of the server time."_s);

    const QByteArray contentType = request.header("content-type");
    const bool multipart = contentType.trimmed().toLower().startsWith("multipart/form-data");
    QueryItems signedItems = request.query;
    if (multipart && signMultipartTextFields) {
        const Result<QList<FormPart>> parts = MultipartForm::decode(contentType, request.body);
        for (const FormPart &part : parts ? parts.value() : QList<FormPart>()) {
            if (!part.isFile())
                signedItems.append({part.name, QString::fromUtf8(part.data)});
        }
    }
    const QByteArray expected = RequestSigner::sign(
        m_credentials.appSecret, request.path, signedItems, multipart ? QByteArray() : request.body);
    if (request.queryValue(u"sign").toLatin1() != expected)
        return SandboxResponse::failure(httpUnauthorized, 106001, u"Invalid sign."_s);
    return std::nullopt;
}

std::optional<SandboxResponse> RequestVerifier::verifyShop(
    const SandboxRequest &request, const SandboxRoute &route, QList<SandboxShop> &shops, SandboxShop **shop) const
{
    const bool hasCipher = request.hasQuery(u"shop_cipher");
    if (!route.shopScoped) {
        if (hasCipher)
            return gatewayError(httpBadRequest, u"Unexpected identifier: shop_cipher is not allowed on this API."_s);
        return std::nullopt;
    }
    if (!hasCipher)
        return SandboxResponse::failure(httpBadRequest, 106013, u"shop_cipher is required."_s);
    const QString cipher = request.queryValue(u"shop_cipher");
    for (SandboxShop &candidate : shops) {
        if (candidate.info.cipher == cipher) {
            *shop = &candidate;
            return std::nullopt;
        }
    }
    return gatewayError(httpBadRequest, u"Invalid shop_cipher."_s);
}

} // namespace ShopDesk

#include "sandboxwebhookapi.h"

#include <array>

#include <QJsonArray>
#include <QUrl>

#include "domain/jsonreader.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
constexpr qint64 invalidParameter = 21001001;

// The subscription names update-shop-webhook accepts (reference section 8.4).
constexpr std::array<QStringView, 17> eventTypes{u"ORDER_STATUS_CHANGE", u"RECIPIENT_ADDRESS_UPDATE", u"PACKAGE_UPDATE",
    u"PRODUCT_STATUS_CHANGE", u"SELLER_DEAUTHORIZATION", u"UPCOMING_AUTHORIZATION_EXPIRATION",
    u"CANCELLATION_STATUS_CHANGE", u"RETURN_STATUS_CHANGE", u"NEW_CONVERSATION", u"NEW_MESSAGE",
    u"PRODUCT_INFORMATION_CHANGE", u"PRODUCT_CREATION", u"PRODUCT_CATEGORY_CHANGE", u"NEW_MESSAGE_LISTENER",
    u"INVOICE_STATUS_CHANGE", u"PRODUCT_AUDIT_STATUS_CHANGE", u"REVERSE_STATUS_UPDATE"};

SandboxResponse invalid(const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, invalidParameter, message);
}

/// The event type of the body, or the message that refuses it.
std::variant<QString, SandboxResponse> readEventType(const SandboxCall &call)
{
    JsonReader body(call.body, u"body"_s);
    const QString type = body.string(u"event_type");
    if (body.failed())
        return invalid(body.error().toString());
    if (std::find(eventTypes.cbegin(), eventTypes.cend(), QStringView(type)) == eventTypes.cend())
        return invalid(u"Invalid event_type: %1."_s.arg(type));
    return type;
}

bool reachable(const QUrl &url)
{
    const QString host = url.host();
    return url.isValid() && url.scheme() == u"http" && (host == u"127.0.0.1" || host == u"localhost");
}

} // namespace

void SandboxWebhookApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList versions{u"202309"_s};
    table.add({"GET", u"event"_s, u"webhooks"_s, versions, true, &list});
    table.add({"PUT", u"event"_s, u"webhooks"_s, versions, true, &update});
    table.add({"DELETE", u"event"_s, u"webhooks"_s, versions, true, &remove});
}

SandboxResponse SandboxWebhookApi::list(const SandboxCall &call)
{
    QJsonArray webhooks;
    for (const SandboxWebhook &webhook : call.shop->webhooks) {
        webhooks.append(QJsonObject{{u"event_type"_s, webhook.eventType}, {u"address"_s, webhook.address},
            {u"create_time"_s, webhook.createTime}, {u"update_time"_s, webhook.updateTime}});
    }
    return SandboxResponse::success({{u"webhooks"_s, webhooks}, {u"total_count"_s, webhooks.size()}});
}

SandboxResponse SandboxWebhookApi::update(const SandboxCall &call)
{
    const auto type = readEventType(call);
    if (const auto *refusal = std::get_if<SandboxResponse>(&type))
        return *refusal;
    JsonReader body(call.body, u"body"_s);
    const QString address = body.string(u"address");
    if (body.failed())
        return invalid(body.error().toString());
    if (address.size() > maxAddressLength)
        return invalid(u"address holds at most %1 characters."_s.arg(maxAddressLength));
    if (!reachable(QUrl(address, QUrl::StrictMode)))
        return invalid(
            u"The sandbox delivers webhooks over http to 127.0.0.1 or localhost only, not to %1."_s.arg(address));
    const QString &eventType = std::get<QString>(type);
    for (SandboxWebhook &webhook : call.shop->webhooks) {
        if (webhook.eventType == eventType) {
            webhook.address = address;
            webhook.updateTime = call.now;
            return SandboxResponse::success({});
        }
    }
    call.shop->webhooks.append({eventType, address, call.now, call.now});
    return SandboxResponse::success({});
}

SandboxResponse SandboxWebhookApi::remove(const SandboxCall &call)
{
    const auto type = readEventType(call);
    if (const auto *refusal = std::get_if<SandboxResponse>(&type))
        return *refusal;
    const QString &eventType = std::get<QString>(type);
    call.shop->webhooks.removeIf(
        [&eventType](const SandboxWebhook &webhook) { return webhook.eventType == eventType; });
    return SandboxResponse::success({});
}

} // namespace ShopDesk

#include "webhooksubscriptionservice.h"

#include <QJsonArray>

#include "api/apiclient.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

WebhookSubscriptionService::WebhookSubscriptionService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Reply<QList<WebhookSubscription>> *WebhookSubscriptionService::subscriptions()
{
    auto *reply = new Reply<QList<WebhookSubscription>>(this);
    chainReply(m_client.send(ApiCall(EndpointId::WebhooksGet)), reply,
        [](const Reply<QJsonObject> &sent) -> Result<QList<WebhookSubscription>> {
            JsonReader reader(sent.value(), u"data"_s);
            QList<WebhookSubscription> subscriptions;
            const QJsonArray list = reader.optionalArray(u"webhooks");
            for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
                JsonReader entry = reader.element(u"webhooks", list, i);
                subscriptions.append({entry.string(u"event_type"), entry.string(u"address")});
            }
            if (reader.failed())
                return reader.error();
            return subscriptions;
        });
    return reply;
}

ApiReply *WebhookSubscriptionService::subscribe(const WebhookSubscription &subscription)
{
    return m_client.send(
        ApiCall(EndpointId::WebhookUpdate)
            .jsonBody({{u"event_type"_s, subscription.eventType}, {u"address"_s, subscription.address}}));
}

ApiReply *WebhookSubscriptionService::unsubscribe(const QString &eventType)
{
    return m_client.send(ApiCall(EndpointId::WebhookDelete).jsonBody({{u"event_type"_s, eventType}}));
}

} // namespace ShopDesk

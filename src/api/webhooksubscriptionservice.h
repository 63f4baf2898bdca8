#pragma once

#include <QList>
#include <QObject>

#include "api/apireply.h"

namespace ShopDesk {

class ApiClient;

/// A shop's webhook subscription: which event goes to which address.
struct WebhookSubscription
{
    QString eventType;
    QString address;

    bool operator==(const WebhookSubscription &other) const = default;
};

/// The shop's webhook subscriptions (reference section 5.7): one address per event type.
class WebhookSubscriptionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSubscriptionService)

public:
    /// Reference section 5.7: `address` holds at most this many characters.
    static constexpr qsizetype maximumAddressLength = 255;

    explicit WebhookSubscriptionService(ApiClient &client, QObject *parent = nullptr);

    Reply<QList<WebhookSubscription>> *subscriptions();
    ApiReply *subscribe(const WebhookSubscription &subscription);
    ApiReply *unsubscribe(const QString &eventType);

private:
    ApiClient &m_client;
};

} // namespace ShopDesk

#include "sandboxstats.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QJsonObject toObject(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject SandboxStats::toJson() const
{
    return {
        {u"requests"_s, toObject(requests)},
        {u"rate_limited"_s, rateLimited},
        {u"faults_injected"_s, faultsInjected},
        {u"writes"_s, toObject(writes)},
        {u"token_refreshes"_s, tokenRefreshes},
        {u"webhooks_sent"_s, webhooksSent},
        {u"webhook_deliveries"_s, webhookDeliveries},
        {u"webhook_retries"_s, webhookRetries},
        {u"webhooks_refused"_s, webhooksRefused},
        {u"webhooks_dropped"_s, webhooksDropped},
    };
}

} // namespace ShopDesk

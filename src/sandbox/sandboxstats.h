#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ShopDesk {

/// What `GET /sandbox/stats` reports: requests per route template, requests refused by the rate
/// limit, faults the FaultPlan injected, write attempts per object id (to prove that nothing was
/// written twice), token refreshes and webhook notifications sent.
struct SandboxStats
{
    QMap<QString, qint64> requests;
    qint64 rateLimited = 0;
    qint64 faultsInjected = 0;
    QMap<QString, qint64> writes;
    qint64 tokenRefreshes = 0;
    qint64 webhooksSent = 0;
    qint64 webhookDeliveries = 0;
    qint64 webhookRetries = 0;
    qint64 webhooksRefused = 0;
    qint64 webhooksDropped = 0;

    void recordWrite(const QString &objectId) { ++writes[objectId]; }
    QJsonObject toJson() const;
};

} // namespace ShopDesk

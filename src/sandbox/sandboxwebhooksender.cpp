#include "sandboxwebhooksender.h"

#include <array>

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "core/logging.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"
#include "security/webhooksignature.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct EventTypeName
{
    int type;
    QStringView name;
};

// Reference section 8.4; the sandbox raises only these.
constexpr std::array eventTypeNames{EventTypeName{1, u"ORDER_STATUS_CHANGE"},
    EventTypeName{11, u"CANCELLATION_STATUS_CHANGE"}, EventTypeName{12, u"RETURN_STATUS_CHANGE"}};

QStringView subscriptionName(int type)
{
    for (const EventTypeName &entry : eventTypeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return {};
}

} // namespace

SandboxWebhookSender::SandboxWebhookSender(const SandboxCredentials &credentials, SandboxStats &stats, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_stats(stats)
{ }

QByteArray SandboxWebhookSender::signature(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body)
{
    return WebhookSignature::compute(appKey, appSecret, body);
}

void SandboxWebhookSender::deliver(SandboxShop &shop, qint64 now)
{
    const QList<SandboxEvent> events = std::exchange(shop.pendingEvents, {});
    for (const SandboxEvent &event : events) {
        for (const SandboxWebhook &webhook : shop.webhooks) {
            if (webhook.eventType != subscriptionName(event.type))
                continue;
            // Notification ids are 19 digits, like production's (reference section 8.2).
            const QString id = u"73"_s + QString::number(++m_serial).rightJustified(17, u'0');
            const QJsonObject payload{{u"type"_s, event.type}, {u"tts_notification_id"_s, id},
                {u"shop_id"_s, shop.info.id}, {u"timestamp"_s, now}, {u"data"_s, event.data}};
            post(QUrl(webhook.address), QJsonDocument(payload).toJson(QJsonDocument::Compact));
        }
    }
}

void SandboxWebhookSender::post(const QUrl &address, const QByteArray &body)
{
    ++m_stats.webhooksSent;
    const QByteArray path = address.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = address.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray request = "POST " + (path.isEmpty() ? QByteArray("/") : path)
        + (query.isEmpty() ? QByteArray() : '?' + query)
        + " HTTP/1.1\r\nHost: " + address.authority(QUrl::FullyEncoded).toLatin1()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nAuthorization: " + signature(m_credentials.appKey.toUtf8(), m_credentials.appSecret, body)
        + "\r\nUser-Agent: ShopDesk-Sandbox\r\nConnection: close\r\n\r\n" + body;
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        const QByteArray status = socket->readLine().trimmed();
        qCDebug(lcSandbox).noquote() << "webhook answered" << status;
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
        if (socket->error() != QAbstractSocket::RemoteHostClosedError)
            qCInfo(lcSandbox).noquote() << "webhook not delivered:" << socket->errorString();
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(answerTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->connectToHost(address.host(), static_cast<quint16>(address.port(80)));
}

} // namespace ShopDesk

#include "sandboxwebhooksender.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include "core/logging.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"
#include "security/webhooksignature.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpOk = 200;
constexpr int httpUnauthorized = 401;

struct EventTypeName
{
    int type;
    QStringView name;
};

// Reference section 8.4; the sandbox raises only these.
constexpr std::array eventTypeNames{EventTypeName{1, u"ORDER_STATUS_CHANGE"}, EventTypeName{4, u"PACKAGE_UPDATE"},
    EventTypeName{5, u"PRODUCT_STATUS_CHANGE"}, EventTypeName{11, u"CANCELLATION_STATUS_CHANGE"},
    EventTypeName{12, u"RETURN_STATUS_CHANGE"}};

QStringView subscriptionName(int type)
{
    for (const EventTypeName &entry : eventTypeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return {};
}

/// The HTTP status of a response that starts with a complete status line; 0 while it is incomplete.
int statusOf(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n");
    if (end < 0)
        return 0;
    const QList<QByteArray> parts = received.left(end).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : -1;
}

} // namespace

struct SandboxWebhookSender::Delivery
{
    QUrl address;
    QByteArray body;
    int attempts = 0;
    quint64 generation = 0;
};

SandboxWebhookSender::SandboxWebhookSender(const SandboxCredentials &credentials, SandboxStats &stats, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_stats(stats)
{ }

SandboxWebhookSender::~SandboxWebhookSender() = default;

QByteArray SandboxWebhookSender::signature(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body)
{
    return WebhookSignature::compute(appKey, appSecret, body);
}

QByteArray SandboxWebhookSender::body(
    const SandboxEvent &event, const QString &notificationId, const QString &shopId, qint64 now)
{
    const QJsonObject payload{{u"type"_s, event.type}, {u"tts_notification_id"_s, notificationId},
        {u"shop_id"_s, shopId}, {u"timestamp"_s, now}, {u"data"_s, event.data}};
    QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // A 19-digit id does not survive a double, so a bare number is written from its digits.
    for (const QString &key : event.bareNumbers) {
        const QByteArray quoted = '"' + key.toUtf8() + "\":\"";
        const qsizetype at = body.indexOf(quoted);
        const qsizetype close = at < 0 ? -1 : body.indexOf('"', at + quoted.size());
        if (close > 0)
            body.remove(close, 1).remove(at + quoted.size() - 1, 1);
    }
    return body;
}

void SandboxWebhookSender::deliver(SandboxShop &shop, qint64 now)
{
    const QList<SandboxEvent> events = std::exchange(shop.pendingEvents, {});
    for (const SandboxEvent &event : events) {
        for (const SandboxWebhook &webhook : shop.webhooks) {
            if (webhook.eventType != subscriptionName(event.type))
                continue;
            // Notification ids are 19 digits, like production's (reference section 8.2); a retry
            // sends the same bytes, so that the subscriber can drop the duplicate.
            const QString id = u"73"_s + QString::number(++m_serial).rightJustified(17, u'0');
            auto delivery = std::make_shared<Delivery>();
            delivery->address = QUrl(webhook.address);
            delivery->body = body(event, id, shop.info.id, now);
            delivery->generation = m_generation;
            ++m_stats.webhooksSent;
            attempt(delivery);
        }
    }
}

void SandboxWebhookSender::clear()
{
    ++m_generation;
}

void SandboxWebhookSender::attempt(const std::shared_ptr<Delivery> &delivery)
{
    if (delivery->attempts++ > 0)
        ++m_stats.webhookRetries;
    const QUrl &address = delivery->address;
    const QByteArray path = address.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = address.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray request = "POST " + (path.isEmpty() ? QByteArray("/") : path)
        + (query.isEmpty() ? QByteArray() : '?' + query)
        + " HTTP/1.1\r\nHost: " + address.authority(QUrl::FullyEncoded).toLatin1()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(delivery->body.size())
        + "\r\nAuthorization: " + signature(m_credentials.appKey.toUtf8(), m_credentials.appSecret, delivery->body)
        + "\r\nUser-Agent: ShopDesk-Sandbox\r\nConnection: close\r\n\r\n" + delivery->body;

    auto *socket = new QTcpSocket(this);
    auto received = std::make_shared<QByteArray>();
    // Whichever comes first ends the attempt: the status line, an error or the timeout.
    auto finish = [this, socket, delivery, received](int status) {
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        socket->abort();
        socket->deleteLater();
        answered(delivery, status);
    };
    connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, received, finish] {
        *received += socket->readAll();
        if (const int status = statusOf(*received); status != 0)
            finish(status);
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket, finish](QAbstractSocket::SocketError) {
        qCInfo(lcSandbox).noquote() << "webhook not delivered:" << socket->errorString();
        finish(0);
    });
    QTimer::singleShot(answerTimeoutMs, socket, [finish] { finish(0); });
    socket->connectToHost(address.host(), static_cast<quint16>(address.port(80)));
}

void SandboxWebhookSender::answered(const std::shared_ptr<Delivery> &delivery, int status)
{
    qCDebug(lcSandbox).noquote() << "webhook answered" << status << "on attempt" << delivery->attempts;
    if (status == httpOk) {
        ++m_stats.webhookDeliveries;
        return;
    }
    if (status == httpUnauthorized) {
        ++m_stats.webhooksRefused;
        return;
    }
    if (delivery->attempts >= maxAttempts) {
        ++m_stats.webhooksDropped;
        return;
    }
    const int wait = retryDelaysMs.at(std::size_t(delivery->attempts - 1));
    QTimer::singleShot(wait, this, [this, delivery] {
        if (delivery->generation == m_generation)
            attempt(delivery);
    });
}

} // namespace ShopDesk

#include "webhookreceiver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include "core/logging.h"
#include "security/webhooksignature.h"

namespace ShopDesk {

WebhookReceiver::WebhookReceiver(QString appKey, QByteArray appSecret, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_appKey(std::move(appKey))
    , m_appSecret(std::move(appSecret))
{ }

quint16 WebhookReceiver::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

bool WebhookReceiver::isRepeat(const QString &notificationId)
{
    if (notificationId.isEmpty())
        return false;
    if (m_seen.contains(notificationId))
        return true;
    m_seen.insert(notificationId);
    m_seenOrder.append(notificationId);
    if (m_seenOrder.size() > rememberedIds)
        m_seen.remove(m_seenOrder.takeFirst());
    return false;
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write(QHttpServerResponder::StatusCode::MethodNotAllowed);
        return true;
    }
    const QByteArray body = request.body();
    switch (check(body, request.value("Authorization"))) {
    case Check::TooLarge:
        responder.write(QHttpServerResponder::StatusCode::PayloadTooLarge);
        return true;
    case Check::BadSignature:
        responder.write(QHttpServerResponder::StatusCode::Unauthorized);
        return true;
    case Check::Accepted:
        break;
    }
    // Answered before the work: production waits 3 seconds at most.
    responder.write(QHttpServerResponder::StatusCode::Ok);
    deliver(body);
    return true;
}

WebhookReceiver::Check WebhookReceiver::check(QByteArrayView body, QByteArrayView signature)
{
    if (body.size() > maximumBodyBytes)
        return Check::TooLarge;
    if (!WebhookSignature::verify(m_appKey.toUtf8(), m_appSecret, body, signature)) {
        ++m_rejected;
        qCWarning(lcSync) << "webhook with a wrong signature refused";
        return Check::BadSignature;
    }
    return Check::Accepted;
}

bool WebhookReceiver::deliver(QByteArrayView body)
{
    const Result<WebhookEvent> event = WebhookEventCodec::decode(body);
    if (!event) {
        qCWarning(lcSync).noquote() << "unreadable webhook:" << event.error().toString();
        return false;
    }
    if (isRepeat(event.value().notificationId))
        ++m_repeats;
    else
        emit eventReceived(event.value());
    return true;
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace ShopDesk

#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/webhookevent.h"

class QHttpServerResponder;

namespace ShopDesk {

/// Receives TikTok Shop webhook notifications on a loopback port, for sellers who put a relay or a
/// tunnel in front of ShopDesk (a desktop cannot be reached from the internet itself). It checks
/// the `Authorization` signature on the raw body (401 otherwise), answers at once as production
/// requires (reference section 8.1: within 3 s), and drops repeats of a `tts_notification_id`,
/// since delivery is at least once.
class WebhookReceiver final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    /// Bodies larger than this are refused unread (413).
    static constexpr qsizetype maximumBodyBytes = 256 * 1024;
    /// Notification ids remembered for dropping repeats.
    static constexpr qsizetype rememberedIds = 10'000;

    WebhookReceiver(QString appKey, QByteArray appSecret, QObject *parent = nullptr);

    /// Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }

    int rejected() const { return m_rejected; }
    int repeats() const { return m_repeats; }

    enum class Check { Accepted, TooLarge, BadSignature };
    /// What a notification gets before anything of it is parsed: its size, then its signature on
    /// the raw bytes.
    Check check(QByteArrayView body, QByteArrayView signature);
    /// Reads an accepted notification and announces it unless it is a repeat; false when it cannot
    /// be read.
    bool deliver(QByteArrayView body);

signals:
    /// A signed notification not seen before.
    void eventReceived(const ShopDesk::WebhookEvent &event);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool isRepeat(const QString &notificationId);

    const QString m_appKey;
    const QByteArray m_appSecret;
    QSet<QString> m_seen;
    QList<QString> m_seenOrder;
    quint16 m_port = 0;
    int m_rejected = 0;
    int m_repeats = 0;
};

} // namespace ShopDesk

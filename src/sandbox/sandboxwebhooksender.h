#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace ShopDesk {

struct SandboxCredentials;
struct SandboxShop;
struct SandboxStats;

/// Delivers a sandbox shop's events to its webhook subscribers like production does (reference
/// section 8): a JSON POST signed in the `Authorization` header. One attempt each, over a raw
/// HTTP/1.1 connection to the loopback address (only src/api builds network requests); the answer
/// is awaited for 3 seconds and otherwise ignored.
class SandboxWebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxWebhookSender)

public:
    /// Reference section 8.1: subscribers answer within 3 seconds.
    static constexpr int answerTimeoutMs = 3000;

    SandboxWebhookSender(const SandboxCredentials &credentials, SandboxStats &stats, QObject *parent = nullptr);

    /// Sends the shop's pending events to the addresses subscribed to their type, then forgets them.
    void deliver(SandboxShop &shop, qint64 now);
    /// Reference section 8.3: lowercase hex HMAC-SHA256 over the app key and the raw body, keyed
    /// with the app secret.
    static QByteArray signature(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body);

private:
    void post(const QUrl &address, const QByteArray &body);

    const SandboxCredentials &m_credentials;
    SandboxStats &m_stats;
    quint64 m_serial = 0;
};

} // namespace ShopDesk

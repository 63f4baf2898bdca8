#pragma once

#include <array>
#include <memory>

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace ShopDesk {

struct SandboxCredentials;
struct SandboxEvent;
struct SandboxShop;
struct SandboxStats;

/// Delivers a sandbox shop's events to its webhook subscribers like production does (reference
/// section 8): a JSON POST signed in the `Authorization` header, over a raw HTTP/1.1 connection to
/// the loopback address (only src/api builds network requests). A notification is delivered once
/// its subscriber answers 200; 401 (a bad signature, section 8.1) ends it too. Any other answer, no
/// answer within 3 seconds or no connection at all is retried on production's schedule of four
/// retries, with the waits shortened from hours to seconds, then dropped.
class SandboxWebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxWebhookSender)

public:
    /// Reference section 8.1: subscribers answer within 3 seconds.
    static constexpr int answerTimeoutMs = 3000;
    /// Reference section 8.1: production retries after +2 min, +30 min, +3 h and +12 h. The sandbox
    /// keeps the count and waits this long (milliseconds of real time) before each retry instead.
    static constexpr std::array<int, 4> retryDelaysMs{1000, 2000, 4000, 8000};
    static constexpr int maxAttempts = int(retryDelaysMs.size()) + 1;

    SandboxWebhookSender(const SandboxCredentials &credentials, SandboxStats &stats, QObject *parent = nullptr);
    ~SandboxWebhookSender() override;

    /// Sends the shop's pending events to the addresses subscribed to their type, then forgets them.
    void deliver(SandboxShop &shop, qint64 now);
    /// Drops every retry still waiting (the sandbox was reset).
    void clear();
    /// Reference section 8.3: lowercase hex HMAC-SHA256 over the app key and the raw body, keyed
    /// with the app secret.
    static QByteArray signature(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body);
    /// The notification's raw body (reference section 8.2).
    static QByteArray body(const SandboxEvent &event, const QString &notificationId, const QString &shopId, qint64 now);

private:
    struct Delivery;
    void attempt(const std::shared_ptr<Delivery> &delivery);
    /// `status` is the subscriber's HTTP status, 0 when no answer came.
    void answered(const std::shared_ptr<Delivery> &delivery, int status);

    const SandboxCredentials &m_credentials;
    SandboxStats &m_stats;
    quint64 m_serial = 0;
    /// Bumped by clear(), so that retries scheduled before it do nothing.
    quint64 m_generation = 0;
};

} // namespace ShopDesk

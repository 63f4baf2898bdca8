#pragma once

#include <memory>

#include <QObject>
#include <QThread>
#include <QUrl>

#include "api/shopconnection.h"
#include "sandbox/sandboxserver.h"

namespace ShopDesk {

class SystemClock;

/// The built-in demo shop: a SandboxServer on its own thread (so that the window never waits on
/// it) and the connection that reaches it.
class EmbeddedSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedSandbox)

public:
    explicit EmbeddedSandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    /// Starts the server thread and returns once it listens on 127.0.0.1; false if it cannot.
    bool start(quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }
    SandboxCredentials credentials() const { return m_credentials; }
    QList<AuthorizedShop> shops() const { return m_shops; }
    /// A connection to the sandbox's first shop, labelled as the demo shop.
    ShopConnection demoConnection() const { return m_demoConnection; }

private:
    SandboxOptions m_options;
    std::unique_ptr<SystemClock> m_clock;
    QThread m_thread;
    QObject *m_anchor = nullptr;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    SandboxCredentials m_credentials;
    QList<AuthorizedShop> m_shops;
    ShopConnection m_demoConnection;
};

} // namespace ShopDesk

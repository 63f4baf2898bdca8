#include "embeddedsandbox.h"

#include "core/clock.h"

namespace ShopDesk {

EmbeddedSandbox::EmbeddedSandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<SystemClock>())
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                delete m_anchor;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool EmbeddedSandbox::start(quint16 port)
{
    if (m_anchor)
        return m_server != nullptr;
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    bool listening = false;
    // The server is created on its thread so that its sockets live there.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, port, &listening] {
            m_server = new SandboxServer(m_options, *m_clock);
            listening = m_server->listenOnLoopback(port) != 0;
            m_baseUrl = m_server->baseUrl();
            m_credentials = m_server->credentials();
            m_shops = m_server->shops();
            m_demoConnection = m_server->shopConnection(0);
            m_demoConnection.demo = true;
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace ShopDesk

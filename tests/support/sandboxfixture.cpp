#include "sandboxfixture.h"

namespace ShopDesk {

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : m_server(std::make_unique<SandboxServer>(options, m_clock))
{
    m_port = m_server->listenOnLoopback(0);
}

} // namespace ShopDesk

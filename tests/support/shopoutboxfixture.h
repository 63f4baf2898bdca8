#pragma once

#include <memory>

#include <QJsonObject>
#include <QTemporaryDir>

#include "api/shopsession.h"
#include "sandboxfixture.h"
#include "store/outboxcommand.h"

namespace ShopDesk {

class CacheDatabase;
class ShopOutbox;

/// A shop's outbox as the app wires it — a session on the sandbox, a real cache file, the outbox
/// with every handler — and what the write tests ask of the sandbox about it.
class ShopOutboxFixture
{
public:
    explicit ShopOutboxFixture(const SandboxOptions &options = {});
    ~ShopOutboxFixture();

    /// Runs the processor until it stops; the error it stopped with (empty when none).
    QString runToEnd(int timeoutMs = 60000);
    /// The command as stored now (a default one when there is none).
    OutboxCommand stored(const QString &clientId);
    /// The next `count` requests to `route` (e.g. "POST /product/{version}/products") get `fault`.
    void setFault(const QString &route, const QString &fault, int count = 1);
    int requestsOf(const QString &route);
    /// Write attempts the sandbox counted on the object.
    int writesOf(const QString &objectId);

    SandboxFixture sandbox;
    ShopSession session;
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<ShopOutbox> outbox;
};

} // namespace ShopDesk

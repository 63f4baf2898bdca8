#include "shopoutboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>

#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ShopOutboxFixture::ShopOutboxFixture(const SandboxOptions &options)
    : sandbox(options)
    , session(sandbox.connection(), sandbox.clock())
{
    Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s));
    if (!opened)
        qFatal("cannot open the test cache: %s", qPrintable(opened.error().toString()));
    cache = std::move(opened).value();
    outbox = std::make_unique<ShopOutbox>(session, *cache, sandbox.clock());
}

ShopOutboxFixture::~ShopOutboxFixture()
{
    outbox.reset(); // before the cache it writes to
}

QString ShopOutboxFixture::runToEnd(int timeoutMs)
{
    QSignalSpy stopped(&outbox->processor(), &OutboxProcessor::stopped);
    if (!outbox->processor().isRunning())
        outbox->processor().start();
    if (!stopped.wait(timeoutMs))
        return u"did not stop"_s;
    return stopped.last().first().toString();
}

OutboxCommand ShopOutboxFixture::stored(const QString &clientId)
{
    return outbox->outbox().find(clientId).value().value_or(OutboxCommand{});
}

void ShopOutboxFixture::setFault(const QString &route, const QString &fault, int count)
{
    sandbox.admin("POST", u"/sandbox/faults"_s,
        {{u"rules"_s, QJsonArray{QJsonObject{{u"route"_s, route}, {u"fault"_s, fault}, {u"count"_s, count}}}}});
}

int ShopOutboxFixture::requestsOf(const QString &route)
{
    return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInt();
}

int ShopOutboxFixture::writesOf(const QString &objectId)
{
    return sandbox.server().stats().value(u"writes"_s).toObject().value(objectId).toInt();
}

} // namespace ShopDesk

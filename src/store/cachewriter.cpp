#include "cachewriter.h"

#include "store/cachedatabase.h"

namespace ShopDesk {

/// Touched on the writer's thread only, but for the description it is made from.
struct CacheWriter::Connection
{
    const CacheDatabase::Sibling sibling;
    std::unique_ptr<CacheDatabase> cache;
};

CacheWriter::CacheWriter(const CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_shared<Connection>(Connection{cache.sibling(), {}}))
{ }

CacheWriter::~CacheWriter()
{
    // A connection is closed on the thread that opened it; m_worker then waits for this last job.
    m_worker.run([connection = m_connection] { connection->cache.reset(); }, [] {});
}

void CacheWriter::write(Job job, Done done)
{
    m_worker.run(
        [connection = m_connection, job = std::move(job)]() -> std::optional<Error> {
            if (!connection->cache) {
                auto opened = CacheDatabase::openSibling(connection->sibling);
                if (!opened)
                    return opened.error();
                connection->cache = std::move(opened).value();
            }
            return job(*connection->cache);
        },
        std::move(done));
}

void CacheWriter::whenWritten(std::function<void()> done)
{
    m_worker.run([] {}, std::move(done));
}

} // namespace ShopDesk

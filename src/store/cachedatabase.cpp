#include "cachedatabase.h"

#include <atomic>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "core/logging.h"
#include "store/cachemigrations.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

std::atomic<int> connectionSerial = 0;

std::optional<Error> exec(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return Error{query.lastError().text(), statement.left(60)};
    return std::nullopt;
}

} // namespace

CacheDatabase::CacheDatabase(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{ }

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::openSibling(const Sibling &sibling)
{
    auto opened = open(sibling.path);
    if (!opened)
        return opened;
    std::unique_ptr<CacheDatabase> cache = std::move(opened).value();
    for (auto pragma = sibling.pragmas.cbegin(); pragma != sibling.pragmas.cend(); ++pragma) {
        if (auto error = cache->applyToEveryConnection(pragma.key(), pragma.value()))
            return *error;
    }
    return cache;
}

std::optional<Error> CacheDatabase::applyToEveryConnection(const QString &name, const QString &value)
{
    QSqlDatabase connection = database();
    if (auto error = exec(connection, u"PRAGMA %1 = %2"_s.arg(name, value)))
        return error;
    m_sharedPragmas.insert(name, value);
    return std::nullopt;
}

QString CacheDatabase::defaultPath(const QString &profileId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/caches/"_s + profileId
        + u".sqlite"_s;
}

bool CacheDatabase::isDamaged(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    const QString name = u"shopdesk-probe-%1"_s.arg(++connectionSerial);
    bool damaged = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery probe(database);
        damaged = !database.open() || !probe.exec(u"PRAGMA user_version"_s) || !probe.next();
        probe.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return damaged;
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::rebuild(const QString &path)
{
    const QString aside = path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    if (QFileInfo::exists(path) && !QFile::rename(path, aside))
        return Error{u"the damaged cache could not be moved aside; remove it by hand"_s, path};
    // The write-ahead log and shared memory of the damaged file belong to it.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1StringView(suffix), aside + QLatin1StringView(suffix));
    return open(path);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &path, int upToVersion)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = u"shopdesk-cache-%1"_s.arg(++connectionSerial);
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(name, path));
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    database.setDatabaseName(path);
    if (!database.open())
        return Error{u"cannot open the cache: %1"_s.arg(database.lastError().text()), path};

    // A file that is not SQLite fails on its first read, not on open().
    QSqlQuery probe(database);
    if (!probe.exec(u"PRAGMA user_version"_s) || !probe.next())
        return Error{u"the cache file is damaged or is not a ShopDesk cache (%1); it can be rebuilt from the "
                     "server"_s.arg(probe.lastError().text()),
            path};
    cache->m_version = probe.value(0).toInt();
    probe.finish(); // an open statement would keep the journal mode from changing
    if (cache->m_version > currentVersion)
        return Error{u"this cache was written by a newer ShopDesk (schema %1; this version reads up to %2). It was "
                     "left untouched: update ShopDesk or choose another data folder."_s.arg(cache->m_version)
                         .arg(currentVersion),
            path};
    for (const QString &pragma :
        {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
            // 16 MiB of pages rather than 2: a first sync of a large shop inserts into three indexes
            // at once, and with the default cache it wrote and read back index pages all along.
            u"PRAGMA cache_size=-16384"_s,
            // A checkpoint every 16 MiB of log rather than 4: an index page changed by several
            // transactions is copied into the file once, with a quarter of the flushes to disk.
            u"PRAGMA wal_autocheckpoint=4000"_s}) {
        if (auto error = exec(database, pragma))
            return *error;
    }
    if (auto error = cache->migrate(upToVersion))
        return *error;
    return cache;
}

std::optional<Error> CacheDatabase::migrate(int upToVersion)
{
    QSqlDatabase database = this->database();
    for (int next = m_version + 1; next <= upToVersion; ++next) {
        // Each step runs in its own transaction, so a failed step leaves the previous version intact.
        if (!database.transaction())
            return Error{database.lastError().text(), m_path};
        for (const QString &statement : CacheMigrations::statementsFor(next)) {
            if (auto error = exec(database, statement)) {
                database.rollback();
                return Error{u"migration to schema %1 failed: %2"_s.arg(next).arg(error->message), m_path};
            }
        }
        if (auto error = exec(database, u"PRAGMA user_version=%1"_s.arg(next))) {
            database.rollback();
            return error;
        }
        if (!database.commit())
            return Error{database.lastError().text(), m_path};
        m_version = next;
        qCInfo(lcStore) << "cache migrated to schema" << next;
    }
    return std::nullopt;
}

} // namespace ShopDesk

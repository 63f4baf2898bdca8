#pragma once

#include <memory>
#include <optional>

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

namespace ShopDesk {

/// The local cache of one shop profile: a SQLite file (WAL) that the panes read, so that ShopDesk
/// opens at once and works offline. Its schema is versioned; opening runs the migrations still
/// missing, and a file written by a newer ShopDesk is refused and left as it is. No secrets here.
class CacheDatabase final
{
public:
    static constexpr int currentVersion = 7;

    /// Opens or creates the cache file. `upToVersion` stops the migrations early (a test seam for
    /// building caches as older versions left them).
    static Result<std::unique_ptr<CacheDatabase>> open(const QString &path, int upToVersion = currentVersion);
    /// `<data folder>/caches/<profileId>.sqlite`, the data folder being the XDG one by default.
    static QString defaultPath(const QString &profileId);
    /// Whether the file exists but cannot be read as a SQLite database (a cache written by a
    /// newer ShopDesk is not damaged: it is left alone).
    static bool isDamaged(const QString &path);
    /// Moves a damaged cache aside (`<path>.damaged-<time>`, kept for support) and opens a new,
    /// empty one in its place, to be filled again from the server.
    static Result<std::unique_ptr<CacheDatabase>> rebuild(const QString &path);

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

    /// What another connection to this cache, opened on another thread, must know.
    struct Sibling
    {
        QString path;
        /// Settings all connections to the cache share (see applyToEveryConnection()).
        QMap<QString, QString> pragmas;
    };
    Sibling sibling() const { return {m_path, m_sharedPragmas}; }
    /// A connection of its own to the cache described, on the calling thread.
    static Result<std::unique_ptr<CacheDatabase>> openSibling(const Sibling &sibling);
    /// Sets `PRAGMA name = value` on this connection and on every sibling opened after: for what
    /// must hold for the whole cache, such as the most pages the file may grow to.
    std::optional<Error> applyToEveryConnection(const QString &name, const QString &value);
    int version() const { return m_version; }
    QString path() const { return m_path; }

private:
    CacheDatabase(QString connectionName, QString path);
    std::optional<Error> migrate(int upToVersion);

    QString m_connectionName;
    QString m_path;
    int m_version = 0;
    QMap<QString, QString> m_sharedPragmas;
};

} // namespace ShopDesk

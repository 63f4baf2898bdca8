#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "api/apireply.h"
#include "core/logging.h"

namespace ShopDesk {

class CacheDatabase;
class Clock;
class SyncCursorRepository;

/// What the affiliate and LIVE lists share: asked for a list, a catalog announces at once what the
/// cache holds for it, then asks the server, writes the answer back to the cache and announces it.
/// A failed load reports when the cache was last brought up to date, so that a pane can say it is
/// offline and showing saved figures. A new load cancels one still running. Without a cache only
/// the server is asked.
class CacheFirstCatalog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheFirstCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    ~CacheFirstCatalog() override;

    bool isLoading() const;
    /// When the server's answer was last written to the cache (the oldest of the catalog's
    /// areas), 0 if never or without a cache.
    qint64 lastSyncedAt() const;
    /// Stops the load in progress, silently. Each load begins so.
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void loadFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);

protected:
    CacheFirstCatalog(CacheDatabase *cache, QString shopId, QStringList areas, const Clock &clock, QObject *parent);

    /// Runs `handle(value)` when `reply` succeeds, unless a newer load began since; a failure
    /// ends the load with loadFailed() (a cancel ends it silently). Progress is passed on.
    template <typename T, typename Handle>
    void await(Reply<T> *reply, Handle handle)
    {
        m_pending.append(reply);
        connect(reply, &ApiReply::progress, this, &CacheFirstCatalog::progress);
        connect(reply, &ApiReply::finished, this, [this, reply, handle, generation = m_generation] {
            m_pending.removeAll(reply);
            if (generation != m_generation)
                return;
            if (reply->hasError())
                fail(*reply->error());
            else
                handle(reply->value());
        });
    }
    /// What `read` finds in the cache, when the catalog's areas were ever saved there (an empty
    /// cache has nothing to show first); a failed read is logged and shows nothing.
    template <typename Read>
    auto readCache(const char *what, Read read) const
    {
        std::optional<std::decay_t<decltype(read().value())>> found;
        if (lastSyncedAt() == 0)
            return found;
        auto result = read();
        if (result)
            found = std::move(result).value();
        else
            qCWarning(lcStore).noquote() << "cannot read cached" << what << ':' << result.error().toString();
        return found;
    }
    /// Logs a failed cache write: the server's answer is still shown, only not kept for offline.
    void noteCacheError(const std::optional<Error> &error) const;

    CacheDatabase *cache() const { return m_cache; }
    const QString &shopId() const { return m_shopId; }
    const Clock &clock() const { return m_clock; }

private:
    void fail(const ApiError &error);

    CacheDatabase *const m_cache;
    const QString m_shopId;
    const QStringList m_areas;
    const Clock &m_clock;
    QList<QPointer<ApiReply>> m_pending;
    int m_generation = 0;
};

} // namespace ShopDesk

#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"

namespace ShopDesk {

class CursorSync;

/// What the cache-backed lists of a shop (orders, packages, returns and cancellations) share: the
/// cache at once, then one or more incremental syncs in a row, then the cache again; without a
/// cache, one read straight from the server. Asked while a refresh runs, it runs once more
/// afterwards, so that a write just made is always read back. Subclasses load and announce their
/// own type.
class SyncedCatalog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncedCatalog)

public:
    enum class Source { Cache, Server };
    Q_ENUM(Source)

    ~SyncedCatalog() override;

    void refresh();
    /// When every sync last completed (the oldest of them), 0 if one never did or without a cache.
    qint64 lastSyncedAt() const;

signals:
    void refreshProgress(qint64 done, qint64 total);
    void refreshFailed(const ShopDesk::ApiError &error, qint64 lastSyncedAt);

protected:
    explicit SyncedCatalog(QObject *parent = nullptr);

    /// The syncs of a refresh, run in this order; none without a cache.
    void setSyncs(const QList<CursorSync *> &syncs);
    /// Announces what the cache holds now.
    virtual void emitCached(Source source) = 0;
    /// Without a cache: starts reading everything from the server. The subclass announces the value
    /// when the reply succeeds; failures are reported here.
    virtual ApiReply *readServer() = 0;

private:
    void startSync(qsizetype index);
    void handleSyncFinished(qsizetype index, const std::optional<ApiError> &error);
    void handleServerRead(ApiReply *reply);
    bool isRunning() const;
    void runAgainIfAsked();

    QList<CursorSync *> m_syncs;
    QPointer<ApiReply> m_pending;
    qsizetype m_running = -1;
    bool m_again = false;
};

} // namespace ShopDesk

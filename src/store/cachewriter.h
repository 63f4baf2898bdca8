#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>

#include "core/result.h"
#include "core/serialworker.h"

namespace ShopDesk {

class CacheDatabase;

/// Writes to the cache on a thread of its own, through a connection of its own, one job after
/// another: a long sync stores what it has read while it reads on. Each job's `done` comes back on
/// the writer's thread, in the order the jobs were given. The cache's other connections see a job's
/// writes once its transaction has committed. Destroying the writer waits for the jobs given.
class CacheWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheWriter)

public:
    /// Runs on the writer's thread with its connection; returns what failed, if anything.
    using Job = std::function<std::optional<Error>(CacheDatabase &cache)>;
    using Done = std::function<void(const std::optional<Error> &error)>;

    explicit CacheWriter(const CacheDatabase &cache, QObject *parent = nullptr);
    ~CacheWriter() override;

    void write(Job job, Done done);
    /// `done` runs once every job given before has run.
    void whenWritten(std::function<void()> done);

private:
    struct Connection;
    const std::shared_ptr<Connection> m_connection;
    // Last, so that its thread has stopped before the rest of the writer goes.
    SerialWorker m_worker{*this};
};

} // namespace ShopDesk

#pragma once

#include <memory>
#include <type_traits>
#include <utility>

#include <QObject>
#include <QThreadPool>

namespace ShopDesk {

/// Runs work on one background thread, one job after another in the order given, and hands each
/// result back on the receiver's thread in that same order. The receiver owns the worker: its
/// destructor waits for the job in hand, and Qt drops results still posted to a receiver that is
/// gone, so a `done` never runs after its receiver. The thread stays for the worker's life, so that
/// work may keep what is bound to a thread, such as a database connection, from one job to the next.
class SerialWorker final
{
    Q_DISABLE_COPY_MOVE(SerialWorker)

public:
    explicit SerialWorker(QObject &receiver);
    ~SerialWorker();

    /// `work` runs on the worker thread and must only touch what it captured by value;
    /// `done(result)` (or `done()` for work without a result) runs later on the receiver's thread.
    template <typename Work, typename Done>
    void run(Work work, Done done)
    {
        using Value = std::invoke_result_t<Work &>;
        QObject *receiver = &m_receiver;
        // `done` moves on into the result's event, so that it is destroyed on the receiver's
        // thread; shared only because std::function wants copyable targets.
        m_pool.start([receiver, work = std::move(work), done = std::make_shared<Done>(std::move(done))]() mutable {
            if constexpr (std::is_void_v<Value>) {
                work();
                QMetaObject::invokeMethod(
                    receiver, [done = std::move(done)] { (*done)(); }, Qt::QueuedConnection);
            } else {
                auto result = std::make_shared<Value>(work());
                QMetaObject::invokeMethod(
                    receiver, [done = std::move(done), result] { (*done)(std::move(*result)); }, Qt::QueuedConnection);
            }
        });
    }

private:
    QObject &m_receiver;
    QThreadPool m_pool;
};

} // namespace ShopDesk

#pragma once

#include <map>
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "store/outboxcommand.h"
#include "sync/commandhandler.h"

namespace ShopDesk {

class AuditLog;
class Clock;
class Outbox;

/// Sends a shop's outbox. It writes every command's state before each step, so that whatever
/// happens — a crash, a lost answer, a cancel — a write is either done, or still pending and
/// visible, and never sent twice: commands left in "sending" are first checked against the server
/// (CommandHandler::reconcile) and sent again only when the server shows they did not happen.
class OutboxProcessor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxProcessor)

public:
    /// Requests in flight at once; enough to fill the 50 QPS limit over loopback latency.
    static constexpr int maxInFlight = 4;
    /// Sends of one command before it is failed for good (rate limits, unclear answers).
    static constexpr int maxAttempts = 6;

    OutboxProcessor(Outbox &outbox, AuditLog *auditLog, const Clock &clock, QString shopId, QObject *parent = nullptr);
    ~OutboxProcessor() override;

    void setHandler(CommandKind kind, std::unique_ptr<CommandHandler> handler);

    /// Stores new commands (state pending) and starts sending them.
    std::optional<Error> submit(QList<OutboxCommand> commands);
    /// Reconciles what a previous run left in "sending", then sends everything pending. Calling it
    /// while running makes the current run look for new work when it would stop.
    void start();
    /// Sends nothing new; what is in flight finishes and is recorded.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Failed or needs-review commands go back to pending and are sent again.
    std::optional<Error> retry(const QStringList &clientIds);
    /// The seller gave up on these commands: they are kept, as discarded, for the record.
    std::optional<Error> discard(const QStringList &clientIds);

    /// A command of this shop with a fresh client id, timestamped now.
    OutboxCommand newCommand(
        CommandKind kind, const QString &objectId, const QJsonObject &payload, const QString &batchId = {}) const;

signals:
    /// A command changed state (also for commands submitted or retried).
    void commandChanged(const ShopDesk::OutboxCommand &command);
    /// What the server said about a command it applied (a handler's note, e.g. the conflicts of a
    /// target collaboration); said just before the command changes to done.
    void appliedNote(const QString &clientId, const QString &note);
    /// Commands finished (done, failed, needs review) out of those this run has seen.
    void progress(int finished, int total);
    /// The run stopped: nothing left to send, cancelled, or `error` when the outbox could not be
    /// written or the server could not be asked about unclear commands.
    void stopped(const QString &error);

private:
    struct Group
    {
        CommandKind kind;
        QList<OutboxCommand> commands;
    };

    void reconcileLeftovers();
    void reconcileNext();
    void queuePending();
    void pump();
    void sendGroup(Group group);
    void onSent(const QList<OutboxCommand> &commands, const QList<CommandResult> &results);
    void onSendFailed(const QList<OutboxCommand> &commands, const ApiError &error);
    void onReconciled(const QList<OutboxCommand> &commands, const QList<ReconcileResult> &results);
    bool store(QList<OutboxCommand> &commands);
    void recordAudit(const QList<OutboxCommand> &commands);
    void finishRun(const QString &error);
    void countFinished(const QList<OutboxCommand> &commands);
    CommandHandler *handlerFor(CommandKind kind) const;

    Outbox &m_outbox;
    AuditLog *m_auditLog;
    const Clock &m_clock;
    const QString m_shopId;
    std::map<CommandKind, std::unique_ptr<CommandHandler>> m_handlers;
    QList<Group> m_reconcileQueue;
    QList<Group> m_queue;
    QList<QPointer<ApiReply>> m_inFlight;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_moreWork = false;
    QString m_runError;
    int m_finished = 0;
    int m_total = 0;
};

} // namespace ShopDesk

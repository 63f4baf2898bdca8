#pragma once

#include <QList>
#include <QString>

#include "api/apireply.h"
#include "store/outboxcommand.h"

namespace ShopDesk {

/// What one send did to one command.
struct CommandResult
{
    enum class Outcome {
        Applied, ///< the server did it
        Rejected, ///< the server refused it; sending it again would be refused again
        Unknown, ///< the request may or may not have taken effect: reconcile before anything else
        RetryLater, ///< it certainly did not take effect (rate limit, not sent): send again later
    };

    QString clientId;
    Outcome outcome = Outcome::Unknown;
    QString message;
    QString requestId;
    /// The id the server gave the object the command created; empty for other writes (the default
    /// initializer lets the initializers of those leave it out).
    QString createdObjectId = {};

    /// The outcome for every command of a call that failed as a whole.
    static Outcome outcomeOf(const ApiError &error);
};

/// Whether the server's state shows that a command in "sending" took effect.
struct ReconcileResult
{
    enum class Verdict { Applied, NotApplied, Unclear };

    QString clientId;
    Verdict verdict = Verdict::Unclear;
    QString message;
    /// As in CommandResult: the created object found on the server.
    QString createdObjectId = {};
};

/// One field change of a command, as the audit log records it.
struct CommandChange
{
    QString field;
    QString before;
    QString after;
};

/// Sends the commands of one kind and checks them against the server. Implementations are thin:
/// they turn payloads into service calls and service answers into per-command results.
class CommandHandler
{
public:
    virtual ~CommandHandler() = default;

    /// Commands with the same key may travel in one request, up to `batchLimit()` of them.
    virtual QString groupKey(const OutboxCommand &command) const { return command.objectId; }
    virtual int batchLimit() const { return 1; }

    /// One result per command, in any order. A failed reply stands for all of its commands.
    virtual Reply<QList<CommandResult>> *send(const QList<OutboxCommand> &commands) = 0;
    /// One verdict per command, from the server's current state; a failed reply means the server
    /// could not be asked, and the commands stay as they are.
    virtual Reply<QList<ReconcileResult>> *reconcile(const QList<OutboxCommand> &commands) = 0;

    virtual QList<CommandChange> changes(const OutboxCommand &command) const = 0;
};

} // namespace ShopDesk

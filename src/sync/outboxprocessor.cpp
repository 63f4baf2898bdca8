#include "outboxprocessor.h"

#include <QHash>
#include <QTimer>

#include "core/clock.h"
#include "core/logging.h"
#include "store/auditlog.h"
#include "store/outbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Wait before sending again what a rate limit turned away.
constexpr int retryLaterDelayMs = 1000;
/// Commands checked against the server in one reconcile call.
constexpr qsizetype reconcileChunk = 50;

bool isSettled(OutboxState state)
{
    return state == OutboxState::Done || state == OutboxState::Failed || state == OutboxState::NeedsReview;
}

} // namespace

OutboxProcessor::OutboxProcessor(
    Outbox &outbox, AuditLog *auditLog, const Clock &clock, QString shopId, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_auditLog(auditLog)
    , m_clock(clock)
    , m_shopId(std::move(shopId))
{ }

OutboxProcessor::~OutboxProcessor()
{
    // Replies still in flight must not call back into a processor that is gone; their commands
    // stay in "sending" and are reconciled by the next run.
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->disconnect(this);
    }
}

void OutboxProcessor::setHandler(CommandKind kind, std::unique_ptr<CommandHandler> handler)
{
    m_handlers[kind] = std::move(handler);
}

CommandHandler *OutboxProcessor::handlerFor(CommandKind kind) const
{
    const auto found = m_handlers.find(kind);
    return found == m_handlers.end() ? nullptr : found->second.get();
}

OutboxCommand OutboxProcessor::newCommand(
    CommandKind kind, const QString &objectId, const QJsonObject &payload, const QString &batchId) const
{
    OutboxCommand command;
    command.clientId = Outbox::newClientId();
    command.shopId = m_shopId;
    command.kind = kind;
    command.objectId = objectId;
    command.payload = payload;
    command.batchId = batchId;
    command.createdAt = command.updatedAt = m_clock.nowSecs();
    return command;
}

std::optional<Error> OutboxProcessor::submit(QList<OutboxCommand> commands)
{
    if (auto error = m_outbox.enqueue(commands))
        return error;
    for (const OutboxCommand &command : std::as_const(commands))
        emit commandChanged(command);
    start();
    return std::nullopt;
}

void OutboxProcessor::start()
{
    if (m_running) {
        m_moreWork = true;
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_moreWork = false;
    m_runError.clear();
    m_finished = m_total = 0;
    reconcileLeftovers();
}

void OutboxProcessor::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    pump();
}

bool OutboxProcessor::store(QList<OutboxCommand> &commands)
{
    if (auto error = m_outbox.update(commands)) {
        qCWarning(lcStore) << "outbox write failed:" << error->toString();
        m_cancelled = true;
        m_queue.clear();
        m_runError = tr("The local cache could not be written (%1). Nothing more was sent.").arg(error->message);
        return false;
    }
    for (const OutboxCommand &command : std::as_const(commands))
        emit commandChanged(command);
    return true;
}

void OutboxProcessor::recordAudit(const QList<OutboxCommand> &commands)
{
    if (!m_auditLog)
        return;
    QList<AuditEntry> entries;
    for (const OutboxCommand &command : commands) {
        const CommandHandler *handler = handlerFor(command.kind);
        if (!handler
            || !(command.state == OutboxState::Done || command.state == OutboxState::Failed
                || command.state == OutboxState::Discarded))
            continue;
        QString result = outboxStateName(command.state);
        if (command.state == OutboxState::Failed && !command.lastError.isEmpty())
            result += u": "_s + command.lastError;
        for (const CommandChange &change : handler->changes(command)) {
            entries.append({m_clock.nowSecs(), command.shopId, command.objectId, change.field, change.before,
                change.after, command.requestId, result, command.clientId});
        }
    }
    if (entries.isEmpty())
        return;
    if (auto error = m_auditLog->record(entries))
        qCWarning(lcStore) << "audit log write failed:" << error->toString();
}

void OutboxProcessor::countFinished(const QList<OutboxCommand> &commands)
{
    for (const OutboxCommand &command : commands) {
        if (isSettled(command.state))
            ++m_finished;
    }
    emit progress(m_finished, m_total);
}

void OutboxProcessor::reconcileLeftovers()
{
    auto leftovers = m_outbox.load(m_shopId, {OutboxState::Sending});
    if (!leftovers) {
        m_runError = tr("The outbox could not be read: %1").arg(leftovers.error().message);
        finishRun(m_runError);
        return;
    }
    // Group by kind, in chunks, and check them one chunk after the other.
    QList<Group> groups;
    for (const OutboxCommand &command : leftovers.value()) {
        auto open = std::find_if(groups.begin(), groups.end(), [&command](const Group &group) {
            return group.kind == command.kind && group.commands.size() < reconcileChunk;
        });
        if (open == groups.end())
            groups.append({command.kind, {command}});
        else
            open->commands.append(command);
    }
    m_total += int(leftovers.value().size());

    m_reconcileQueue = groups;
    reconcileNext();
}

void OutboxProcessor::reconcileNext()
{
    if (m_reconcileQueue.isEmpty()) {
        queuePending();
        pump();
        return;
    }
    const Group group = m_reconcileQueue.takeFirst();
    CommandHandler *handler = handlerFor(group.kind);
    if (!handler) {
        reconcileNext();
        return;
    }
    Reply<QList<ReconcileResult>> *reply = handler->reconcile(group.commands);
    connect(reply, &ApiReply::finished, this, [this, reply, group] {
        if (reply->hasError() && reply->error()->category == ApiErrorCategory::RateLimited) {
            // Asking too fast is no answer either way: ask again shortly.
            m_reconcileQueue.prepend(group);
            QTimer::singleShot(retryLaterDelayMs, this, [this] {
                if (m_running)
                    reconcileNext();
            });
            return;
        }
        if (reply->hasError()) {
            // Without the server's word nothing can be sent safely: stop here, keep "sending".
            m_reconcileQueue.clear();
            finishRun(tr("Could not check on the server whether %n earlier change(s) went through: %1", nullptr,
                int(group.commands.size()))
                          .arg(reply->error()->message));
            return;
        }
        onReconciled(group.commands, reply->value());
        if (m_running)
            reconcileNext();
    });
}

void OutboxProcessor::queuePending()
{
    auto pending = m_outbox.load(m_shopId, {OutboxState::Pending});
    if (!pending) {
        m_runError = tr("The outbox could not be read: %1").arg(pending.error().message);
        return;
    }
    // Commands with the same key share a request, up to the handler's limit.
    QHash<QString, qsizetype> openGroup;
    for (const OutboxCommand &command : pending.value()) {
        CommandHandler *handler = handlerFor(command.kind);
        if (!handler) {
            qCWarning(lcStore) << "no handler for" << commandKindName(command.kind);
            continue;
        }
        const QString key = commandKindName(command.kind) + u'|' + handler->groupKey(command);
        const qsizetype at = openGroup.value(key, -1);
        if (at >= 0 && m_queue.at(at).commands.size() < handler->batchLimit()) {
            m_queue[at].commands.append(command);
        } else {
            openGroup.insert(key, m_queue.size());
            m_queue.append({command.kind, {command}});
        }
        ++m_total;
    }
}

void OutboxProcessor::onReconciled(const QList<OutboxCommand> &commands, const QList<ReconcileResult> &results)
{
    QHash<QString, ReconcileResult> byId;
    for (const ReconcileResult &result : results)
        byId.insert(result.clientId, result);
    QList<OutboxCommand> updated = commands;
    for (OutboxCommand &command : updated) {
        const ReconcileResult result = byId.value(command.clientId);
        command.updatedAt = m_clock.nowSecs();
        switch (result.verdict) {
        case ReconcileResult::Verdict::Applied:
            command.state = OutboxState::Done;
            command.lastError.clear();
            if (!result.createdObjectId.isEmpty())
                command.objectId = result.createdObjectId;
            break;
        case ReconcileResult::Verdict::NotApplied:
            command.state = OutboxState::Pending;
            break;
        case ReconcileResult::Verdict::Unclear:
            command.state = OutboxState::NeedsReview;
            command.lastError = result.message;
            break;
        }
    }
    if (!store(updated)) {
        finishRun(m_runError);
        return;
    }
    recordAudit(updated);
    countFinished(updated);
}

void OutboxProcessor::pump()
{
    while (!m_cancelled && m_inFlight.size() < maxInFlight && !m_queue.isEmpty())
        sendGroup(m_queue.takeFirst());
    if (!m_inFlight.isEmpty() || !m_running)
        return;
    if (m_cancelled || !m_runError.isEmpty()) {
        finishRun(m_runError);
        return;
    }
    if (m_queue.isEmpty()) {
        // Answers that left commands unclear, and commands submitted meanwhile, need another pass.
        auto unclear = m_outbox.load(m_shopId, {OutboxState::Sending});
        if (m_moreWork || (unclear && !unclear.value().isEmpty())) {
            m_moreWork = false;
            reconcileLeftovers();
            return;
        }
        auto waiting = m_outbox.load(m_shopId, {OutboxState::Pending});
        if (waiting && !waiting.value().isEmpty()) {
            // Turned away by a rate limit: try again shortly, in the same run.
            QTimer::singleShot(retryLaterDelayMs, this, [this] {
                if (m_running && !m_cancelled)
                    reconcileLeftovers();
                else if (m_running)
                    finishRun(m_runError);
            });
            return;
        }
        finishRun({});
    }
}

void OutboxProcessor::sendGroup(Group group)
{
    CommandHandler *handler = handlerFor(group.kind);
    QList<OutboxCommand> sending;
    QList<OutboxCommand> exhausted;
    for (OutboxCommand command : std::as_const(group.commands)) {
        command.updatedAt = m_clock.nowSecs();
        if (command.attempts >= maxAttempts) {
            command.state = OutboxState::Failed;
            command.lastError
                = tr("Gave up after %n attempt(s); last error: %1", nullptr, command.attempts).arg(command.lastError);
            exhausted.append(command);
            continue;
        }
        command.state = OutboxState::Sending;
        ++command.attempts;
        sending.append(command);
    }
    if (!exhausted.isEmpty()) {
        if (!store(exhausted))
            return;
        recordAudit(exhausted);
        countFinished(exhausted);
    }
    if (sending.isEmpty())
        return;
    // Written before the request leaves: a crash from here on leaves them in "sending", which the
    // next run checks with the server before sending anything again.
    if (!store(sending))
        return;
    Reply<QList<CommandResult>> *reply = handler->send(sending);
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, sending] {
        m_inFlight.removeAll(reply);
        if (reply->hasError())
            onSendFailed(sending, *reply->error());
        else
            onSent(sending, reply->value());
        pump();
    });
}

void OutboxProcessor::onSent(const QList<OutboxCommand> &commands, const QList<CommandResult> &results)
{
    QHash<QString, CommandResult> byId;
    for (const CommandResult &result : results)
        byId.insert(result.clientId, result);
    QList<OutboxCommand> updated = commands;
    for (OutboxCommand &command : updated) {
        const auto found = byId.constFind(command.clientId);
        const CommandResult result
            = found == byId.cend() ? CommandResult{command.clientId, CommandResult::Outcome::Unknown, {}, {}} : *found;
        command.updatedAt = m_clock.nowSecs();
        command.requestId = result.requestId;
        command.lastError = result.message;
        switch (result.outcome) {
        case CommandResult::Outcome::Applied:
            command.state = OutboxState::Done;
            command.lastError.clear();
            if (!result.createdObjectId.isEmpty())
                command.objectId = result.createdObjectId;
            if (!result.message.isEmpty())
                emit appliedNote(command.clientId, result.message);
            break;
        case CommandResult::Outcome::Rejected:
            command.state = OutboxState::Failed;
            break;
        case CommandResult::Outcome::RetryLater:
            command.state = OutboxState::Pending;
            break;
        case CommandResult::Outcome::Unknown:
            command.state = OutboxState::Sending;
            break;
        }
    }
    if (!store(updated))
        return;
    recordAudit(updated);
    countFinished(updated);
}

void OutboxProcessor::onSendFailed(const QList<OutboxCommand> &commands, const ApiError &error)
{
    QList<CommandResult> results;
    for (const OutboxCommand &command : commands) {
        results.append({command.clientId, CommandResult::outcomeOf(error),
            error.message.isEmpty() ? apiErrorCategoryName(error.category) : error.message, error.requestId});
    }
    onSent(commands, results);
}

std::optional<Error> OutboxProcessor::retry(const QStringList &clientIds)
{
    QList<OutboxCommand> updated;
    for (const QString &clientId : clientIds) {
        auto found = m_outbox.find(clientId);
        if (!found)
            return found.error();
        if (!found.value())
            continue;
        OutboxCommand command = *found.value();
        if (command.state != OutboxState::Failed && command.state != OutboxState::NeedsReview)
            continue;
        command.state = OutboxState::Pending;
        command.attempts = 0;
        command.updatedAt = m_clock.nowSecs();
        updated.append(command);
    }
    if (auto error = m_outbox.update(updated))
        return error;
    for (const OutboxCommand &command : std::as_const(updated))
        emit commandChanged(command);
    start();
    return std::nullopt;
}

std::optional<Error> OutboxProcessor::discard(const QStringList &clientIds)
{
    QList<OutboxCommand> updated;
    for (const QString &clientId : clientIds) {
        auto found = m_outbox.find(clientId);
        if (!found)
            return found.error();
        if (!found.value() || found.value()->isFinal() || found.value()->state == OutboxState::Sending)
            continue;
        OutboxCommand command = *found.value();
        command.state = OutboxState::Discarded;
        command.updatedAt = m_clock.nowSecs();
        updated.append(command);
    }
    if (auto error = m_outbox.update(updated))
        return error;
    recordAudit(updated);
    for (const OutboxCommand &command : std::as_const(updated))
        emit commandChanged(command);
    return std::nullopt;
}

void OutboxProcessor::finishRun(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    emit stopped(error);
}

} // namespace ShopDesk

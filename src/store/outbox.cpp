#include "outbox.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr auto columns = "client_id, shop_id, kind, object_id, payload, batch_id, state, attempts, last_error, "
                         "request_id, created_at, updated_at";

Error sqlError(const QSqlQuery &query)
{
    return Error{query.lastError().text(), u"outbox"_s};
}

Result<OutboxCommand> readRow(const QSqlQuery &query)
{
    OutboxCommand command;
    command.clientId = query.value(0).toString();
    command.shopId = query.value(1).toString();
    const auto kind = commandKindFromName(query.value(2).toString());
    const auto state = outboxStateFromName(query.value(6).toString());
    if (!kind || !state)
        return Error{u"unknown kind or state (written by a newer ShopDesk?)"_s, u"outbox/"_s + command.clientId};
    command.kind = *kind;
    command.objectId = query.value(3).toString();
    command.payload = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    command.batchId = query.value(5).toString();
    command.state = *state;
    command.attempts = query.value(7).toInt();
    command.lastError = query.value(8).toString();
    command.requestId = query.value(9).toString();
    command.createdAt = query.value(10).toLongLong();
    command.updatedAt = query.value(11).toLongLong();
    return command;
}

/// Runs `work` inside a transaction and commits only when it succeeded.
template <typename Work>
std::optional<Error> inTransaction(QSqlDatabase database, Work work)
{
    if (!database.transaction())
        return Error{database.lastError().text(), u"outbox"_s};
    if (auto error = work(database)) {
        database.rollback();
        return error;
    }
    if (!database.commit())
        return Error{database.lastError().text(), u"outbox"_s};
    return std::nullopt;
}

} // namespace

Outbox::Outbox(CacheDatabase &cache)
    : m_cache(cache)
{ }

QString Outbox::newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<Error> Outbox::enqueue(const QList<OutboxCommand> &commands)
{
    return inTransaction(m_cache.database(), [&commands](QSqlDatabase &database) -> std::optional<Error> {
        QSqlQuery query(database);
        query.prepare(
            u"INSERT INTO outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(columns)));
        for (const OutboxCommand &command : commands) {
            query.addBindValue(command.clientId);
            query.addBindValue(command.shopId);
            query.addBindValue(commandKindName(command.kind));
            query.addBindValue(command.objectId);
            query.addBindValue(QJsonDocument(command.payload).toJson(QJsonDocument::Compact));
            query.addBindValue(command.batchId.isEmpty() ? QVariant() : QVariant(command.batchId));
            query.addBindValue(outboxStateName(command.state));
            query.addBindValue(command.attempts);
            query.addBindValue(command.lastError);
            query.addBindValue(command.requestId);
            query.addBindValue(command.createdAt);
            query.addBindValue(command.updatedAt);
            if (!query.exec())
                return sqlError(query);
        }
        return std::nullopt;
    });
}

std::optional<Error> Outbox::update(const QList<OutboxCommand> &commands)
{
    return inTransaction(m_cache.database(), [&commands](QSqlDatabase &database) -> std::optional<Error> {
        QSqlQuery query(database);
        query.prepare(u"UPDATE outbox SET state = ?, attempts = ?, last_error = ?, request_id = ?, updated_at = ?, "
                      "object_id = ? WHERE client_id = ?"_s);
        for (const OutboxCommand &command : commands) {
            query.addBindValue(outboxStateName(command.state));
            query.addBindValue(command.attempts);
            query.addBindValue(command.lastError);
            query.addBindValue(command.requestId);
            query.addBindValue(command.updatedAt);
            query.addBindValue(command.objectId);
            query.addBindValue(command.clientId);
            if (!query.exec())
                return sqlError(query);
            if (query.numRowsAffected() != 1)
                return Error{u"no such command"_s, u"outbox/"_s + command.clientId};
        }
        return std::nullopt;
    });
}

Result<QList<OutboxCommand>> Outbox::load(const QString &shopId, const QList<OutboxState> &states) const
{
    QString where = u"shop_id = ?"_s;
    QVariantList values{shopId};
    if (!states.isEmpty()) {
        QStringList marks;
        for (OutboxState state : states) {
            marks.append(u"?"_s);
            values.append(outboxStateName(state));
        }
        where += u" AND state IN (%1)"_s.arg(marks.join(u", "_s));
    }
    return select(where, values);
}

Result<QList<OutboxCommand>> Outbox::batch(const QString &batchId) const
{
    return select(u"batch_id = ?"_s, {batchId});
}

Result<std::optional<OutboxCommand>> Outbox::find(const QString &clientId) const
{
    auto found = select(u"client_id = ?"_s, {clientId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<OutboxCommand>();
    return std::optional<OutboxCommand>(found.value().first());
}

Result<QList<OutboxCommand>> Outbox::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM outbox WHERE %2 ORDER BY rowid"_s.arg(QLatin1StringView(columns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<OutboxCommand> commands;
    while (query.next()) {
        auto command = readRow(query);
        if (!command)
            return command.error();
        commands.append(std::move(command).value());
    }
    return commands;
}

} // namespace ShopDesk

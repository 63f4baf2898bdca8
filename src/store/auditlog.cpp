#include "auditlog.h"

#include <QDateTime>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include "io/csvwriter.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

AuditLog::AuditLog(CacheDatabase &cache)
    : m_cache(cache)
{ }

std::optional<Error> AuditLog::record(const QList<AuditEntry> &entries)
{
    QSqlDatabase database = m_cache.database();
    if (!database.transaction())
        return Error{database.lastError().text(), u"audit_log"_s};
    QSqlQuery query(database);
    query.prepare(u"INSERT INTO audit_log (at, shop_id, object_id, field, before, after, request_id, result, "
                  "client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AuditEntry &entry : entries) {
        for (const QVariant &value : QVariantList{entry.at, entry.shopId, entry.objectId, entry.field, entry.before,
                 entry.after, entry.requestId, entry.result, entry.clientId})
            query.addBindValue(value);
        if (!query.exec()) {
            const Error error{query.lastError().text(), u"audit_log"_s};
            database.rollback();
            return error;
        }
    }
    if (!database.commit())
        return Error{database.lastError().text(), u"audit_log"_s};
    return std::nullopt;
}

Result<QList<AuditEntry>> AuditLog::query(const AuditQuery &filter) const
{
    QString sql = u"SELECT at, shop_id, object_id, field, before, after, request_id, result, client_id FROM "
                  "audit_log WHERE shop_id = ?"_s;
    QVariantList values{filter.shopId};
    if (filter.from > 0) {
        sql += u" AND at >= ?"_s;
        values.append(filter.from);
    }
    if (filter.until > 0) {
        sql += u" AND at <= ?"_s;
        values.append(filter.until);
    }
    if (!filter.objectId.isEmpty()) {
        sql += u" AND object_id = ?"_s;
        values.append(filter.objectId);
    }
    sql += u" ORDER BY at DESC, id DESC"_s;
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text(), u"audit_log"_s};
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(AuditEntry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
            query.value(7).toString(), query.value(8).toString()});
    }
    return entries;
}

std::optional<Error> AuditLog::exportCsv(const QList<AuditEntry> &entries, QIODevice &device)
{
    CsvWriter csv(device, CsvWriter::ByteOrderMark::Write);
    csv.writeRow(
        {u"time"_s, u"shop"_s, u"object"_s, u"field"_s, u"before"_s, u"after"_s, u"request_id"_s, u"result"_s});
    for (const AuditEntry &entry : entries) {
        csv.writeRow({QDateTime::fromSecsSinceEpoch(entry.at, Qt::UTC).toString(Qt::ISODate), entry.shopId,
            entry.objectId, entry.field, entry.before, entry.after, entry.requestId, entry.result});
    }
    if (!csv.ok())
        return Error{u"could not write the file: %1"_s.arg(device.errorString()), u"audit_log"_s};
    return std::nullopt;
}

} // namespace ShopDesk

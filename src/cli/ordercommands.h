#pragma once

#include <QList>

#include "cli/clicontext.h"
#include "cli/csvshipment.h"

namespace ShopDesk {

/// shopdesk-cli's order and shipping commands: orders list and get, tracking, the outbox's open
/// writes, and shipping one package or a CSV file of them through the outbox, so that a killed run
/// is finished by the next one without shipping anything twice.
class OrderCommands final
{
public:
    /// The commands, run on `context`; null only to read their names and synopses.
    static QList<CliCommand> commands(CliContext *context);
    /// A time given as epoch seconds or ISO 8601 (a date is midnight UTC); nullopt when neither.
    static std::optional<qint64> parseTime(const QString &text);

private:
    static void list(CliContext &context, const CliArguments &arguments);
    static void get(CliContext &context, const QStringList &ids);
    static void track(CliContext &context, const QString &orderId);
    static void pending(CliContext &context);
    static void ship(CliContext &context, const CliArguments &arguments);
    static void shipFromCsv(CliContext &context, const QString &path);
    static void enqueueShipments(CliContext &context, const QString &batchId, const QList<CsvShipment::Line> &lines);
};

} // namespace ShopDesk

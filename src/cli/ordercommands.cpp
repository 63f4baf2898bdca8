#include "ordercommands.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/shopsession.h"
#include "io/csvreader.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shipcommandhandler.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QStringList orderColumns{u"order_id"_s, u"status"_s, u"create_time"_s, u"update_time"_s, u"total"_s,
    u"currency"_s, u"line_items"_s, u"packages"_s, u"tracking_number"_s};

QList<QJsonValue> orderRow(const Order &order)
{
    return {order.id, orderStatusToApi(order.status), CliOutput::isoTime(order.createTime),
        CliOutput::isoTime(order.updateTime), order.payment.totalAmount.toDecimal(), order.payment.currency,
        qint64(order.lineItems.size()), order.packageIds.join(u' '), order.trackingNumber};
}

void printOrders(CliContext &context, const QList<Order> &orders)
{
    CliTable table{orderColumns, {}};
    for (const Order &order : orders)
        table.addRow(orderRow(order));
    context.print(table);
}

} // namespace

QList<CliCommand> OrderCommands::commands(CliContext *context)
{
    const auto list = [context](const CliArguments &arguments) { OrderCommands::list(*context, arguments); };
    const QStringList filters{u"status"_s, u"since"_s, u"until"_s};
    return {
        {u"orders"_s, u"orders"_s, filters, 0, 0, list},
        {u"orders list"_s, u"orders list [--status S] [--since T] [--until T]"_s, filters, 0, 0, list},
        {u"orders get"_s, u"orders get <order>…"_s, {}, 1, -1,
            [context](const CliArguments &arguments) { get(*context, arguments.positional()); }},
        {u"track"_s, u"track <order>"_s, {}, 1, 1,
            [context](const CliArguments &arguments) { track(*context, arguments.at(0)); }},
        {u"pending"_s, u"pending"_s, {}, 0, 0, [context](const CliArguments &) { pending(*context); }},
        {u"ship"_s, u"ship <package> [--provider P --tracking N] | ship --from-csv FILE"_s,
            {u"provider"_s, u"tracking"_s, u"from-csv"_s}, 0, 1,
            [context](const CliArguments &arguments) { ship(*context, arguments); }},
    };
}

std::optional<qint64> OrderCommands::parseTime(const QString &text)
{
    bool number = false;
    const qint64 secs = text.toLongLong(&number);
    if (number)
        return secs;
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = date.startOfDay(Qt::UTC);
    }
    // A time without a zone is read as UTC, like the API's times.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toSecsSinceEpoch();
}

void OrderCommands::list(CliContext &context, const CliArguments &arguments)
{
    OrderQuery query;
    if (arguments.has(u"status"_s)) {
        const OrderStatus status = orderStatusFromApi(arguments.value(u"status"_s).toUpper());
        if (status == OrderStatus::Unknown)
            return context.usage(u"unknown order status \"%1\""_s.arg(arguments.value(u"status"_s)));
        query.status = status;
    }
    for (const QString &option : {u"since"_s, u"until"_s}) {
        if (!arguments.has(option))
            continue;
        const std::optional<qint64> time = parseTime(arguments.value(option));
        if (!time)
            return context.usage(u"--%1 takes epoch seconds or an ISO 8601 date or time"_s.arg(option));
        (option == u"since" ? query.createTimeGe : query.createTimeLt) = *time;
    }
    auto *reply = context.session().orders().search(query);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        printOrders(context, reply->value());
        context.finish(CliExit::Success);
    });
}

void OrderCommands::get(CliContext &context, const QStringList &ids)
{
    auto *reply = context.session().orders().getOrders(ids);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply, ids] {
        if (reply->hasError())
            return context.fail(*reply->error());
        printOrders(context, reply->value());
        // Ids the shop does not know are left out of the answer; say which.
        QStringList missing = ids;
        for (const Order &order : reply->value())
            missing.removeAll(order.id);
        if (missing.isEmpty())
            return context.finish(CliExit::Success);
        context.err() << "not found: " << missing.join(u' ') << Qt::endl;
        context.finish(reply->value().isEmpty() ? CliExit::ApiFailure : CliExit::PartialFailure);
    });
}

void OrderCommands::track(CliContext &context, const QString &orderId)
{
    auto *reply = context.session().fulfillment().tracking(orderId);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{{u"time"_s, u"description"_s}, {}};
        for (const TrackingEvent &event : reply->value())
            table.addRow({CliOutput::isoTime(event.timeMs / 1000), event.description});
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void OrderCommands::pending(CliContext &context)
{
    if (!context.hasCache())
        return context.usage(u"pending needs the local cache (--cache)"_s);
    auto open = context.outbox().outbox().load(context.session().connection().localId(),
        {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed, OutboxState::NeedsReview});
    if (!open) {
        context.err() << "error: " << open.error().toString() << Qt::endl;
        return context.finishLater(CliExit::ApiFailure);
    }
    CliTable table{{u"client_id"_s, u"kind"_s, u"object_id"_s, u"state"_s, u"error"_s}, {}};
    for (const OutboxCommand &command : open.value())
        table.addRow({command.clientId, commandKindName(command.kind), command.objectId, outboxStateName(command.state),
            command.lastError});
    context.print(table);
    context.finishLater(CliExit::Success);
}

void OrderCommands::ship(CliContext &context, const CliArguments &arguments)
{
    const bool fromCsv = arguments.has(u"from-csv"_s);
    if (fromCsv == !arguments.at(0).isEmpty())
        return context.usage(u"usage: ship <package> [--provider P --tracking N] | ship --from-csv FILE"_s);
    if (arguments.has(u"provider"_s) != arguments.has(u"tracking"_s))
        return context.usage(u"seller shipping needs both --provider and --tracking"_s);
    if (!context.hasCache())
        return context.usage(u"ship needs the local cache (--cache), which keeps the writes safe across a crash"_s);
    if (fromCsv)
        return shipFromCsv(context, arguments.value(u"from-csv"_s));

    ShipPlanRow row;
    row.packageId = arguments.at(0);
    row.sellerShipping = arguments.has(u"provider"_s);
    row.providerId = arguments.value(u"provider"_s);
    row.trackingNumber = arguments.value(u"tracking"_s);
    const QString batchId = ShopOutbox::newBatchId();
    context.followBatch(batchId);
    OutboxProcessor &processor = context.outbox().processor();
    if (auto error = processor.submit({processor.newCommand(CommandKind::ShipPackage, row.packageId,
            ShipCommandHandler::payload(row, HandoverMethod::Pickup), batchId)})) {
        context.err() << "error: " << error->toString() << Qt::endl;
        context.finishLater(CliExit::ApiFailure);
    }
}

void OrderCommands::shipFromCsv(CliContext &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.usage(u"%1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto table = CsvReader::parse(bytes);
    if (!table)
        return context.usage(u"%1: %2"_s.arg(path, table.error().toString()));
    const auto lines = CsvShipment::read(table.value());
    if (!lines)
        return context.usage(u"%1: %2"_s.arg(path, lines.error().toString()));

    // The same file run again (after a crash, say) continues its batch instead of adding another.
    const QString batchId
        = u"csv-"_s + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
    auto existing = context.outbox().outbox().batch(batchId);
    if (!existing) {
        context.err() << "error: " << existing.error().toString() << Qt::endl;
        return context.finishLater(CliExit::ApiFailure);
    }
    if (!existing.value().isEmpty()) {
        context.err() << "continuing the " << existing.value().size() << " shipments of an earlier run of this file"
                      << Qt::endl;
        context.followBatch(batchId);
        // Also when it is running already (resuming what a killed run left).
        return context.outbox().processor().start();
    }
    QStringList orderIds;
    for (const CsvShipment::Line &line : lines.value()) {
        if (line.row.packageId.isEmpty())
            orderIds.append(line.row.orderId);
    }
    if (orderIds.isEmpty())
        return enqueueShipments(context, batchId, lines.value());
    // Lines that name an order ship its first package still waiting.
    auto *reply = context.session().orders().getOrders(orderIds);
    QObject::connect(
        reply, &ApiReply::finished, context.receiver(), [&context, reply, batchId, lines = lines.value()]() mutable {
            if (reply->hasError())
                return context.fail(*reply->error());
            QHash<QString, QString> packageOf;
            for (const Order &order : reply->value())
                packageOf.insert(order.id, order.packageIds.value(0));
            for (CsvShipment::Line &line : lines) {
                if (!line.row.packageId.isEmpty())
                    continue;
                line.row.packageId = packageOf.value(line.row.orderId);
                if (line.row.packageId.isEmpty())
                    return context.usage(
                        u"line %1: order %2 has no package in this shop"_s.arg(line.line).arg(line.row.orderId));
            }
            enqueueShipments(context, batchId, lines);
        });
}

void OrderCommands::enqueueShipments(CliContext &context, const QString &batchId, const QList<CsvShipment::Line> &lines)
{
    OutboxProcessor &processor = context.outbox().processor();
    QList<OutboxCommand> commands;
    for (const CsvShipment::Line &line : lines)
        commands.append(processor.newCommand(CommandKind::ShipPackage, line.row.packageId,
            ShipCommandHandler::payload(line.row, line.handover), batchId));
    if (auto error = context.outbox().outbox().enqueue(commands)) {
        context.err() << "error: " << error->toString() << Qt::endl;
        return context.finishLater(CliExit::ApiFailure);
    }
    context.followBatch(batchId);
    // Also when it is running already (resuming what a killed run left): the new commands join it.
    processor.start();
}

} // namespace ShopDesk

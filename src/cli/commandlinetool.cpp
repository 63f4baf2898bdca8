#include "commandlinetool.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "api/authservice.h"
#include "api/orderservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "io/csvreader.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shipcommandhandler.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CommandLineTool::CommandLineTool(ShopSession &session, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_err(err)
{ }

QStringList CommandLineTool::commands()
{
    return {u"shops"_s, u"products"_s, u"orders"_s, u"pending"_s, u"ship --from-csv FILE"_s};
}

void CommandLineTool::setCache(CacheDatabase *cache, const Clock &clock)
{
    m_cache = cache;
    m_clock = &clock;
}

void CommandLineTool::usage(const QString &message)
{
    m_err << message << Qt::endl;
    QTimer::singleShot(0, this, [this] { emit finished(UsageError); });
}

ShopOutbox &CommandLineTool::outbox()
{
    if (!m_outbox)
        m_outbox = new ShopOutbox(m_session, *m_cache, *m_clock, this);
    return *m_outbox;
}

int CommandLineTool::exitCodeFor(const ApiError &error)
{
    switch (error.category) {
    case ApiErrorCategory::AuthExpired:
    case ApiErrorCategory::Reauthorize:
    case ApiErrorCategory::Signature:
    case ApiErrorCategory::Permission:
        return AuthError;
    case ApiErrorCategory::Network:
    case ApiErrorCategory::Timeout:
        return NetworkError;
    default:
        return ApiFailure;
    }
}

ShopConnection CommandLineTool::connectionFromEnvironment(const QUrl &apiBaseUrl)
{
    ShopConnection connection;
    connection.apiBaseUrl = apiBaseUrl;
    connection.appKey = qEnvironmentVariable("SHOPDESK_APP_KEY");
    connection.appSecret = Secret(qgetenv("SHOPDESK_APP_SECRET"));
    connection.accessToken = Secret(qgetenv("SHOPDESK_ACCESS_TOKEN"));
    connection.shopCipher = qEnvironmentVariable("SHOPDESK_SHOP_CIPHER");
    return connection;
}

void CommandLineTool::fail(const ApiError &error)
{
    m_err << "error: " << error.toString() << Qt::endl;
    emit finished(exitCodeFor(error));
}

void CommandLineTool::run(const QString &command, const QStringList &arguments)
{
    if (command == u"orders")
        return listOrders();
    if (command == u"pending")
        return listPending();
    if (command == u"ship")
        return shipFromCsv(arguments);
    if (command == u"shops") {
        auto *reply = m_session.auth().authorizedShops();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->hasError())
                return fail(*reply->error());
            for (const AuthorizedShop &shop : reply->value())
                m_out << shop.id << '\t' << shop.name << '\t' << shop.region << '\t' << shop.cipher << '\n';
            m_out.flush();
            emit finished(Success);
        });
    } else if (command == u"products") {
        auto *reply = m_session.products().searchAll();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->hasError())
                return fail(*reply->error());
            for (const Product &product : reply->value()) {
                m_out << product.id << '\t' << productStatusToApi(product.status) << '\t' << product.totalStock()
                      << '\t' << product.title << '\n';
            }
            m_out.flush();
            emit finished(Success);
        });
    } else {
        usage(u"unknown command \"%1\"; commands: %2"_s.arg(command, commands().join(u", "_s)));
    }
}

void CommandLineTool::listOrders()
{
    auto *reply = m_session.orders().search(OrderQuery{});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError())
            return fail(*reply->error());
        for (const Order &order : reply->value()) {
            m_out << order.id << '\t' << orderStatusToApi(order.status) << '\t' << order.createTime << '\t'
                  << order.payment.totalAmount.toDecimal() << ' ' << order.payment.currency << '\t'
                  << order.packageIds.join(u',') << '\n';
        }
        m_out.flush();
        emit finished(Success);
    });
}

void CommandLineTool::listPending()
{
    if (!m_cache)
        return usage(u"pending needs the local cache (--cache)"_s);
    auto open = outbox().outbox().load(m_session.connection().localId(),
        {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed, OutboxState::NeedsReview});
    if (!open) {
        m_err << "error: " << open.error().toString() << Qt::endl;
        QTimer::singleShot(0, this, [this] { emit finished(ApiFailure); });
        return;
    }
    for (const OutboxCommand &command : open.value())
        m_out << command.clientId << '\t' << commandKindName(command.kind) << '\t' << command.objectId << '\t'
              << outboxStateName(command.state) << '\t' << command.lastError << '\n';
    m_out.flush();
    QTimer::singleShot(0, this, [this] { emit finished(Success); });
}

void CommandLineTool::shipFromCsv(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(u"--from-csv"_s);
    const QString path = at >= 0 ? arguments.value(at + 1) : QString();
    if (path.isEmpty())
        return usage(u"usage: ship --from-csv FILE"_s);
    if (!m_cache)
        return usage(u"ship needs the local cache (--cache), which keeps the writes safe across a crash"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(u"%1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto table = CsvReader::parse(bytes);
    if (!table)
        return usage(u"%1: %2"_s.arg(path, table.error().toString()));
    const auto lines = CsvShipment::read(table.value());
    if (!lines)
        return usage(u"%1: %2"_s.arg(path, lines.error().toString()));

    // The same file run again (after a crash, say) continues its batch instead of adding another.
    const QString batchId
        = u"csv-"_s + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
    auto existing = outbox().outbox().batch(batchId);
    if (!existing) {
        m_err << "error: " << existing.error().toString() << Qt::endl;
        QTimer::singleShot(0, this, [this] { emit finished(ApiFailure); });
        return;
    }
    if (!existing.value().isEmpty()) {
        m_err << "continuing the " << existing.value().size() << " shipments of an earlier run of this file"
              << Qt::endl;
        return followBatch(batchId);
    }
    QStringList orderIds;
    for (const CsvShipment::Line &line : lines.value()) {
        if (line.row.packageId.isEmpty())
            orderIds.append(line.row.orderId);
    }
    if (orderIds.isEmpty())
        return enqueueShipments(batchId, lines.value());
    // Lines that name an order ship its first package still waiting.
    auto *reply = m_session.orders().getOrders(orderIds);
    connect(reply, &ApiReply::finished, this, [this, reply, batchId, lines = lines.value()]() mutable {
        if (reply->hasError())
            return fail(*reply->error());
        QHash<QString, QString> packageOf;
        for (const Order &order : reply->value())
            packageOf.insert(order.id, order.packageIds.value(0));
        for (CsvShipment::Line &line : lines) {
            if (!line.row.packageId.isEmpty())
                continue;
            line.row.packageId = packageOf.value(line.row.orderId);
            if (line.row.packageId.isEmpty())
                return usage(u"line %1: order %2 has no package in this shop"_s.arg(line.line).arg(line.row.orderId));
        }
        enqueueShipments(batchId, lines);
    });
}

void CommandLineTool::enqueueShipments(const QString &batchId, const QList<CsvShipment::Line> &lines)
{
    QList<OutboxCommand> commands;
    for (const CsvShipment::Line &line : lines)
        commands.append(outbox().processor().newCommand(CommandKind::ShipPackage, line.row.packageId,
            ShipCommandHandler::payload(line.row, line.handover), batchId));
    if (auto error = outbox().outbox().enqueue(commands)) {
        m_err << "error: " << error->toString() << Qt::endl;
        QTimer::singleShot(0, this, [this] { emit finished(ApiFailure); });
        return;
    }
    followBatch(batchId);
}

void CommandLineTool::followBatch(const QString &batchId)
{
    OutboxProcessor &processor = outbox().processor();
    connect(&processor, &OutboxProcessor::progress, this, [this](int done, int total) {
        // A line per 50 keeps a thousand-package run readable.
        if (done % 50 == 0 || done == total)
            m_err << "answered " << done << " of " << total << Qt::endl;
    });
    connect(&processor, &OutboxProcessor::stopped, this, [this, batchId](const QString &error) {
        const auto batch = outbox().outbox().batch(batchId);
        int done = 0;
        int failed = 0;
        int open = 0;
        for (const OutboxCommand &command : batch ? batch.value() : QList<OutboxCommand>()) {
            m_out << command.objectId << '\t' << outboxStateName(command.state) << '\t' << command.lastError << '\n';
            done += command.state == OutboxState::Done;
            failed += command.state == OutboxState::Failed || command.state == OutboxState::NeedsReview;
            open += command.state == OutboxState::Pending || command.state == OutboxState::Sending;
        }
        m_out.flush();
        if (!error.isEmpty())
            m_err << "error: " << error << Qt::endl;
        m_err << done << " shipped, " << failed << " failed, " << open << " not sent" << Qt::endl;
        emit finished(open > 0 ? NetworkError : failed > 0 ? ApiFailure : Success);
    });
    // Also when it is running already (resuming what a killed run left): the new commands join it.
    processor.start();
}

} // namespace ShopDesk

#include "clicontext.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

CliContext::CliContext(
    ShopSession &session, QTextStream &out, QTextStream &err, QObject &receiver, std::function<void(int)> finish)
    : m_session(session)
    , m_out(out)
    , m_err(err)
    , m_receiver(receiver)
    , m_finish(std::move(finish))
{ }

CliContext::~CliContext() = default;

void CliContext::setCache(CacheDatabase *cache, const Clock &clock)
{
    m_cache = cache;
    m_clock = &clock;
}

ShopOutbox &CliContext::outbox()
{
    if (!m_outbox)
        m_outbox = new ShopOutbox(m_session, *m_cache, *m_clock, &m_receiver);
    return *m_outbox;
}

int CliContext::exitCodeFor(const ApiError &error)
{
    switch (error.category) {
    case ApiErrorCategory::AuthExpired:
    case ApiErrorCategory::Reauthorize:
    case ApiErrorCategory::Signature:
    case ApiErrorCategory::Permission:
        return CliExit::AuthError;
    case ApiErrorCategory::Network:
    case ApiErrorCategory::Timeout:
        return CliExit::NetworkError;
    case ApiErrorCategory::PartialFailure:
        return CliExit::PartialFailure;
    default:
        return CliExit::ApiFailure;
    }
}

void CliContext::print(const CliTable &table)
{
    CliOutput::write(m_out, table, m_format);
}

void CliContext::finish(int exitCode)
{
    m_finish(exitCode);
}

void CliContext::finishLater(int exitCode)
{
    QTimer::singleShot(0, &m_receiver, [this, exitCode] { m_finish(exitCode); });
}

void CliContext::fail(const ApiError &error)
{
    m_err << "error: " << error.toString() << Qt::endl;
    finish(exitCodeFor(error));
}

void CliContext::usage(const QString &message)
{
    m_err << message << Qt::endl;
    finishLater(CliExit::UsageError);
}

void CliContext::followBatch(const QString &batchId)
{
    OutboxProcessor &processor = outbox().processor();
    QObject::connect(&processor, &OutboxProcessor::progress, &m_receiver, [this](int done, int total) {
        // A line per 50 keeps a thousand-package run readable.
        if (done % 50 == 0 || done == total)
            m_err << "answered " << done << " of " << total << Qt::endl;
    });
    QObject::connect(&processor, &OutboxProcessor::stopped, &m_receiver, [this, batchId](const QString &error) {
        const auto batch = outbox().outbox().batch(batchId);
        CliTable table{{u"object_id"_s, u"state"_s, u"error"_s}, {}};
        int done = 0;
        int failed = 0;
        int open = 0;
        for (const OutboxCommand &command : batch ? batch.value() : QList<OutboxCommand>()) {
            table.addRow({command.objectId, outboxStateName(command.state), command.lastError});
            done += command.state == OutboxState::Done;
            failed += command.state == OutboxState::Failed || command.state == OutboxState::NeedsReview;
            open += command.state == OutboxState::Pending || command.state == OutboxState::Sending;
        }
        print(table);
        if (!error.isEmpty())
            m_err << "error: " << error << Qt::endl;
        m_err << done << " done, " << failed << " failed, " << open << " not sent" << Qt::endl;
        finish(open > 0       ? CliExit::NetworkError
                : failed == 0 ? CliExit::Success
                : done > 0    ? CliExit::PartialFailure
                              : CliExit::ApiFailure);
    });
}

} // namespace ShopDesk

#pragma once

#include <functional>

#include <QString>
#include <QUrl>

#include "api/apierror.h"
#include "cli/cliarguments.h"
#include "cli/clioutput.h"

class QObject;
class QTextStream;

namespace ShopDesk {

class CacheDatabase;
class Clock;
class ShopOutbox;
class ShopSession;

/// shopdesk-cli's exit codes: each kind of failure its own, so that scripts can tell them apart.
struct CliExit
{
    enum Code : int {
        Success = 0,
        UsageError = 2,
        AuthError = 3,
        /// The API refused the request, or every row of a batch.
        ApiFailure = 4,
        /// No answer, or rows of a batch that could not be sent (they stay in the outbox).
        NetworkError = 5,
        /// Some rows of a batch were done and others refused.
        PartialFailure = 6,
    };
};

/// What every command of shopdesk-cli works with: the shop's session, the output streams and
/// format, the outbox for writes, and the way to finish with an exit code.
class CliContext final
{
public:
    CliContext(
        ShopSession &session, QTextStream &out, QTextStream &err, QObject &receiver, std::function<void(int)> finish);
    ~CliContext();

    ShopSession &session() { return m_session; }
    QTextStream &err() { return m_err; }
    /// The object replies are connected with, so that nothing arrives after the tool is gone.
    QObject *receiver() { return &m_receiver; }
    const Clock *clock() const { return m_clock; }

    CliFormat format() const { return m_format; }
    void setFormat(CliFormat format) { m_format = format; }
    /// The seller's consent page that `auth url` links to.
    QUrl authorizePage() const { return m_authorizePage; }
    void setAuthorizePage(const QUrl &page) { m_authorizePage = page; }
    void setCache(CacheDatabase *cache, const Clock &clock);
    bool hasCache() const { return m_cache != nullptr; }
    /// The shop's outbox in the cache; only when hasCache().
    ShopOutbox &outbox();

    static int exitCodeFor(const ApiError &error);
    void print(const CliTable &table);
    void finish(int exitCode);
    /// Finishes once the event loop runs, for failures found before anything was sent.
    void finishLater(int exitCode);
    void fail(const ApiError &error);
    void usage(const QString &message);
    /// Prints the commands of an outbox batch with their outcome once the outbox has nothing left
    /// to send, and finishes with the exit code the outcome calls for. Call before submitting.
    void followBatch(const QString &batchId);

private:
    ShopSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
    QObject &m_receiver;
    std::function<void(int)> m_finish;
    CliFormat m_format = CliFormat::Table;
    QUrl m_authorizePage;
    CacheDatabase *m_cache = nullptr;
    const Clock *m_clock = nullptr;
    ShopOutbox *m_outbox = nullptr;
};

/// One command of shopdesk-cli: its name (one or two words), its synopsis for --help, the options
/// that take a value, how many positional arguments it takes (-1: no limit) and what it does.
struct CliCommand
{
    QString name;
    QString synopsis;
    QStringList valueOptions;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<void(const CliArguments &)> run;
};

} // namespace ShopDesk

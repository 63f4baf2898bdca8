#pragma once

#include <QObject>
#include <QStringList>

#include "api/apierror.h"
#include "api/shopconnection.h"
#include "cli/csvshipment.h"

class QTextStream;

namespace ShopDesk {

class CacheDatabase;
class Clock;
class ShopOutbox;
class ShopSession;

/// What shopdesk-cli does once it has a session: runs one command, prints its result as
/// tab-separated lines and finishes with an exit code that tells failures apart. It lives in the
/// core library (not in app/) so that tests can drive it.
class CommandLineTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineTool)

public:
    enum ExitCode : int { Success = 0, UsageError = 2, AuthError = 3, ApiFailure = 4, NetworkError = 5 };

    CommandLineTool(ShopSession &session, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    static QStringList commands();
    static int exitCodeFor(const ApiError &error);
    /// Credentials for unattended use: SHOPDESK_APP_KEY, SHOPDESK_APP_SECRET, SHOPDESK_ACCESS_TOKEN
    /// and SHOPDESK_SHOP_CIPHER.
    static ShopConnection connectionFromEnvironment(const QUrl &apiBaseUrl);

    /// Writes (ship) go through the durable outbox in this cache, so that a run that is killed
    /// is finished by the next one without shipping anything twice.
    void setCache(CacheDatabase *cache, const Clock &clock);

    /// Starts `command` with its arguments; finished() follows, also for an unknown command.
    void run(const QString &command, const QStringList &arguments = {});

signals:
    void finished(int exitCode);

private:
    void fail(const ApiError &error);
    void usage(const QString &message);
    void listOrders();
    void listPending();
    void shipFromCsv(const QStringList &arguments);
    void enqueueShipments(const QString &batchId, const QList<CsvShipment::Line> &lines);
    void followBatch(const QString &batchId);
    ShopOutbox &outbox();

    ShopSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
    CacheDatabase *m_cache = nullptr;
    const Clock *m_clock = nullptr;
    ShopOutbox *m_outbox = nullptr;
};

} // namespace ShopDesk

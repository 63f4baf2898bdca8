#pragma once

#include <memory>

#include <QObject>
#include <QStringList>

#include "api/apierror.h"
#include "api/shopconnection.h"
#include "cli/clicontext.h"

class QTextStream;

namespace ShopDesk {

class CacheDatabase;
class Clock;
class ShopSession;

/// What shopdesk-cli does once it has a session: finds the command in one table (the command
/// families add theirs), checks its arguments, runs it, prints the result in the chosen format
/// and finishes with an exit code that tells failures apart (CliExit). It lives in the core
/// library (not in app/) so that tests can drive it.
class CommandLineTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineTool)

public:
    CommandLineTool(ShopSession &session, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CommandLineTool() override;

    /// Every command's synopsis, for --help.
    static QStringList synopses();
    static int exitCodeFor(const ApiError &error) { return CliContext::exitCodeFor(error); }
    /// Credentials for unattended use: SHOPDESK_APP_KEY, SHOPDESK_APP_SECRET, SHOPDESK_ACCESS_TOKEN,
    /// SHOPDESK_REFRESH_TOKEN and SHOPDESK_SHOP_CIPHER; the auth host is production's unless given.
    static ShopConnection connectionFromEnvironment(const QUrl &apiBaseUrl, const QUrl &authBaseUrl = {});

    /// Writes (stock, price, ship) go through the durable outbox in this cache, so that a run that
    /// is killed is finished by the next one without writing anything twice.
    void setCache(CacheDatabase *cache, const Clock &clock);
    void setFormat(CliFormat format) { m_context.setFormat(format); }
    /// The consent page `auth url` links to.
    void setAuthorizePage(const QUrl &page) { m_context.setAuthorizePage(page); }

    /// Starts `command` with its arguments (further words of a two-word command come first, then
    /// positional arguments and options in any order); finished() follows, also for a usage error.
    void run(const QString &command, const QStringList &arguments = {});

signals:
    void finished(int exitCode);

private:
    /// The command whose name is the longest match of the words' start; null when none is.
    const CliCommand *find(const QStringList &words) const;

    CliContext m_context;
    QList<CliCommand> m_commands;
};

} // namespace ShopDesk

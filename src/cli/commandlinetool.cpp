#include "commandlinetool.h"

#include <QTextStream>

#include "api/hosts.h"
#include "cli/authcommands.h"
#include "cli/catalogcommands.h"
#include "cli/insightcommands.h"
#include "cli/ordercommands.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QList<CliCommand> allCommands(CliContext *context)
{
    return AuthCommands::commands(context) + CatalogCommands::commands(context) + OrderCommands::commands(context)
        + InsightCommands::commands(context);
}

} // namespace

CommandLineTool::CommandLineTool(ShopSession &session, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_context(session, out, err, *this, [this](int exitCode) { emit finished(exitCode); })
    , m_commands(allCommands(&m_context))
{ }

CommandLineTool::~CommandLineTool() = default;

QStringList CommandLineTool::synopses()
{
    QStringList lines;
    for (const CliCommand &command : allCommands(nullptr)) {
        // "products" and "orders" alone are short for their list commands.
        if (!lines.contains(command.synopsis) && command.name != u"products" && command.name != u"orders")
            lines.append(command.synopsis);
    }
    return lines;
}

ShopConnection CommandLineTool::connectionFromEnvironment(const QUrl &apiBaseUrl, const QUrl &authBaseUrl)
{
    ShopConnection connection;
    connection.apiBaseUrl = apiBaseUrl;
    connection.authBaseUrl = authBaseUrl.isEmpty() ? QUrl(ProductionHosts::auth.toString()) : authBaseUrl;
    connection.appKey = qEnvironmentVariable("SHOPDESK_APP_KEY");
    connection.appSecret = Secret(qgetenv("SHOPDESK_APP_SECRET"));
    connection.accessToken = Secret(qgetenv("SHOPDESK_ACCESS_TOKEN"));
    connection.refreshToken = Secret(qgetenv("SHOPDESK_REFRESH_TOKEN"));
    connection.shopCipher = qEnvironmentVariable("SHOPDESK_SHOP_CIPHER");
    return connection;
}

void CommandLineTool::setCache(CacheDatabase *cache, const Clock &clock)
{
    m_context.setCache(cache, clock);
}

const CliCommand *CommandLineTool::find(const QStringList &words) const
{
    const CliCommand *best = nullptr;
    qsizetype bestLength = 0;
    for (const CliCommand &command : m_commands) {
        const QStringList name = command.name.split(u' ');
        if (name.size() > bestLength && words.mid(0, name.size()) == name) {
            best = &command;
            bestLength = name.size();
        }
    }
    return best;
}

void CommandLineTool::run(const QString &command, const QStringList &arguments)
{
    const QStringList words = QStringList{command} + arguments;
    const CliCommand *found = find(words);
    if (!found) {
        return m_context.usage(
            u"unknown command \"%1\"; commands:\n  %2"_s.arg(words.mid(0, 2).join(u' '), synopses().join(u"\n  "_s)));
    }
    const qsizetype nameLength = found->name.count(u' ') + 1;
    // --format is global but may also follow the command.
    Result<CliArguments> parsed
        = CliArguments::parse(words.mid(nameLength), found->valueOptions + QStringList{u"format"_s});
    if (!parsed)
        return m_context.usage(u"%1\nusage: %2"_s.arg(parsed.error().toString(), found->synopsis));
    const CliArguments &given = parsed.value();
    if (given.has(u"format"_s)) {
        const std::optional<CliFormat> format = CliOutput::formatFromName(given.value(u"format"_s));
        if (!format)
            return m_context.usage(u"--format is table, json or csv"_s);
        m_context.setFormat(*format);
    }
    const qsizetype count = given.positional().size();
    if (count < found->minArguments || (found->maxArguments >= 0 && count > found->maxArguments))
        return m_context.usage(u"usage: %1"_s.arg(found->synopsis));
    found->run(given);
}

} // namespace ShopDesk

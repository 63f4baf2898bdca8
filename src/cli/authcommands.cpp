#include "authcommands.h"

#include <QJsonArray>
#include <QUrlQuery>

#include "api/authservice.h"
#include "api/shopsession.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

QList<CliCommand> AuthCommands::commands(CliContext *context)
{
    return {
        {u"auth url"_s, u"auth url --service-id ID"_s, {u"service-id"_s}, 0, 0,
            [context](const CliArguments &arguments) { authorizationLink(*context, arguments); }},
        {u"auth exchange"_s, u"auth exchange <redirect-url-or-code> [--state S]"_s, {u"state"_s}, 1, 1,
            [context](const CliArguments &arguments) { exchange(*context, arguments); }},
        {u"shops"_s, u"shops"_s, {}, 0, 0, [context](const CliArguments &) { shops(*context); }},
    };
}

void AuthCommands::authorizationLink(CliContext &context, const CliArguments &arguments)
{
    const QString serviceId = arguments.has(u"service-id"_s) ? arguments.value(u"service-id"_s)
                                                             : qEnvironmentVariable("SHOPDESK_SERVICE_ID");
    if (serviceId.isEmpty())
        return context.usage(u"usage: auth url --service-id ID (or SHOPDESK_SERVICE_ID)"_s);
    AuthService &auth = context.session().auth();
    const QUrl link = auth.authorizationLink(context.authorizePage(), serviceId);
    CliTable table{{u"url"_s, u"state"_s}, {}, true};
    table.addRow({link.toString(QUrl::FullyEncoded), auth.pendingState()});
    context.print(table);
    context.err() << "open the link, approve, then run: auth exchange '<the address you were sent to>' --state "
                  << auth.pendingState() << Qt::endl;
    context.finishLater(CliExit::Success);
}

void AuthCommands::exchange(CliContext &context, const CliArguments &arguments)
{
    const QString pasted = arguments.at(0).trimmed();
    // The state of `auth url` lives in another process; given back with --state it is checked here.
    if (arguments.has(u"state"_s) && pasted.contains(u'?')) {
        const QUrlQuery query(QUrl(pasted).query(QUrl::FullyDecoded));
        if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != arguments.value(u"state"_s))
            return context.usage(u"the address belongs to another authorization attempt (its state differs)"_s);
    }
    const Result<QString> code = context.session().auth().codeFromPaste(pasted);
    if (!code)
        return context.usage(code.error().toString());
    auto *reply = context.session().auth().exchange(code.value());
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        const TokenGrant &grant = reply->value();
        // Printed on purpose: this is how a script gets the tokens for SHOPDESK_ACCESS_TOKEN and
        // SHOPDESK_REFRESH_TOKEN.
        CliTable table{{u"access_token"_s, u"access_token_expires"_s, u"refresh_token"_s, u"refresh_token_expires"_s,
                           u"open_id"_s, u"seller_name"_s, u"seller_base_region"_s, u"granted_scopes"_s},
            {}, true};
        table.addRow({QString::fromUtf8(grant.accessToken.reveal()), CliOutput::isoTime(grant.accessTokenExpiresAt),
            QString::fromUtf8(grant.refreshToken.reveal()), CliOutput::isoTime(grant.refreshTokenExpiresAt),
            grant.openId, grant.sellerName, grant.sellerBaseRegion, QJsonArray::fromStringList(grant.grantedScopes)});
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void AuthCommands::shops(CliContext &context)
{
    auto *reply = context.session().auth().authorizedShops();
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{{u"shop_id"_s, u"name"_s, u"region"_s, u"cipher"_s}, {}};
        for (const AuthorizedShop &shop : reply->value())
            table.addRow({shop.id, shop.name, shop.region, shop.cipher});
        context.print(table);
        context.finish(CliExit::Success);
    });
}

} // namespace ShopDesk

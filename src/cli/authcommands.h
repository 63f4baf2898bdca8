#pragma once

#include <QList>

#include "cli/clicontext.h"

namespace ShopDesk {

/// shopdesk-cli's authorization commands (reference section 2): `auth url` prints the seller's
/// consent link with a fresh state, `auth exchange` turns the pasted redirect address (or the bare
/// code) into tokens, `shops` lists the authorized shops.
class AuthCommands final
{
public:
    /// The commands, run on `context`; null only to read their names and synopses.
    static QList<CliCommand> commands(CliContext *context);

private:
    static void authorizationLink(CliContext &context, const CliArguments &arguments);
    static void exchange(CliContext &context, const CliArguments &arguments);
    static void shops(CliContext &context);
};

} // namespace ShopDesk

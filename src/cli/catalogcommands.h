#pragma once

#include <QList>

#include "cli/clicontext.h"

namespace ShopDesk {

struct PlannedEdit;
struct Product;

/// shopdesk-cli's product commands: list and get, and stock and price changes. The changes go
/// through the shop's outbox like the app's, so they are audited and a killed run is finished by
/// the next one; arguments are checked before anything is sent.
class CatalogCommands final
{
public:
    /// The commands, run on `context`; null only to read their names and synopses.
    static QList<CliCommand> commands(CliContext *context);

private:
    static void list(CliContext &context);
    static void get(CliContext &context, const QString &productId);
    static void setStock(CliContext &context, const CliArguments &arguments);
    static void setPrice(CliContext &context, const CliArguments &arguments);
    /// Reads the product, plans the edit on it and submits it to the outbox.
    static void edit(CliContext &context, const QString &productId, const QString &skuId,
        const std::function<PlannedEdit(const Product &, qsizetype skuIndex)> &plan);
};

} // namespace ShopDesk

#pragma once

#include <optional>

#include <QList>

#include "cli/clicontext.h"
#include "domain/performance.h"

namespace ShopDesk {

/// shopdesk-cli's views of the shop's reach and results: the creator marketplace, open
/// collaboration plans (the one write here, through the outbox), LIVE sessions and the analytics of
/// the shop and its products. Dates are shop-local days
/// (reference section 5.6); `--to` is the last day included.
class InsightCommands final
{
public:
    /// The commands, run on `context`; null only to read their names and synopses.
    static QList<CliCommand> commands(CliContext *context);
    /// `--from D --to D` as the API's range, whose end is exclusive; a default of the last
    /// `defaultDays` days up to today when both are left out and `defaultDays` is positive.
    static std::optional<DateRange> dateRange(const CliArguments &arguments, const QDate &today, int defaultDays);

private:
    static void creators(CliContext &context, const CliArguments &arguments);
    static void createPlan(CliContext &context, const CliArguments &arguments);
    static void lives(CliContext &context, const CliArguments &arguments);
    static void shopAnalytics(CliContext &context, const CliArguments &arguments);
    static void productAnalytics(CliContext &context, const CliArguments &arguments);
    static std::optional<DateRange> rangeOrUsage(CliContext &context, const CliArguments &arguments, int defaultDays);
};

} // namespace ShopDesk

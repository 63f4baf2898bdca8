#pragma once

#include <optional>

#include <QByteArray>

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

/// Slices a list into the page a request asks for: `page_token` (tied to the query's context, see
/// PageToken) gives the first row, the page size the count, and the answer's `next_page_token`
/// comes from nextToken(). Shared by the affiliate routes.
class SandboxPager final
{
public:
    qint64 begin = 0;
    qint64 end = 0;

    /// The pager, or the failure to answer with (an unknown or foreign page token).
    static std::optional<SandboxResponse> slice(
        const SandboxCall &call, qint64 pageSize, qsizetype total, const QByteArray &context, SandboxPager *pager);
    QString nextToken(qsizetype total, const QByteArray &context) const;

    /// `page_size` within [low, high]; nullopt when missing or outside.
    static std::optional<qint64> pageSize(const SandboxRequest &request, qint64 low, qint64 high);
    /// The answer to a bad parameter, in the shape production uses.
    static SandboxResponse invalid(const QString &message);
    static SandboxResponse invalidPageSize(const QString &message);
};

} // namespace ShopDesk

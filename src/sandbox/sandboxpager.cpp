#include "sandboxpager.h"

#include "sandbox/pagetoken.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpBadRequest = 400;
// The sandbox's codes for bad parameters, as its other routes use them (reference section 6.1).
constexpr qint64 invalidParameterCode = 12052910;
constexpr qint64 invalidPageSizeCode = 12019109;

} // namespace

std::optional<SandboxResponse> SandboxPager::slice(
    const SandboxCall &call, qint64 pageSize, qsizetype total, const QByteArray &context, SandboxPager *pager)
{
    pager->begin = 0;
    if (call.request.hasQuery(u"page_token") && !call.request.queryValue(u"page_token").isEmpty()) {
        const std::optional<qint64> offset = PageToken::decode(call.request.queryValue(u"page_token"), context);
        if (!offset || *offset > total)
            return invalid(u"Invalid page_token."_s);
        pager->begin = *offset;
    }
    pager->end = qMin<qint64>(pager->begin + pageSize, total);
    return std::nullopt;
}

QString SandboxPager::nextToken(qsizetype total, const QByteArray &context) const
{
    return end < total ? PageToken::encode(end, context) : QString();
}

std::optional<qint64> SandboxPager::pageSize(const SandboxRequest &request, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 size = request.queryValue(u"page_size").toLongLong(&ok);
    if (!ok || size < low || size > high)
        return std::nullopt;
    return size;
}

SandboxResponse SandboxPager::invalid(const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, invalidParameterCode, message);
}

SandboxResponse SandboxPager::invalidPageSize(const QString &message)
{
    return SandboxResponse::failure(httpBadRequest, invalidPageSizeCode, message);
}

} // namespace ShopDesk

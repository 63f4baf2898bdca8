#include "sandboxcollaborationapi.h"

#include <QJsonArray>
#include <QSet>

#include "domain/collaborationcodec.h"
#include "domain/jsonreader.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/sandboxstats.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qsizetype maxNameLength = 100;
constexpr qsizetype maxMessageLength = 500;

const Product *findProduct(const SandboxShop &shop, const QString &id)
{
    for (const Product &product : shop.products) {
        if (product.id == id)
            return &product;
    }
    return nullptr;
}

std::optional<QString> checkRate(CommissionRate rate, const QString &field)
{
    if (rate < minCommissionRate || rate > maxCommissionRate)
        return u"%1 must be between %2 and %3 (hundredths of a percent), got %4."_s.arg(field)
            .arg(minCommissionRate)
            .arg(maxCommissionRate)
            .arg(rate);
    return std::nullopt;
}

std::optional<QString> checkTarget(const SandboxCall &call, const TargetCollaboration &target)
{
    if (target.name.trimmed().isEmpty() || target.name.size() > maxNameLength)
        return u"name must hold 1 to %1 characters."_s.arg(maxNameLength);
    if (target.endTime <= call.now)
        return u"end_time must be in the future."_s;
    if (target.message.size() > maxMessageLength)
        return u"message holds at most %1 characters."_s.arg(maxMessageLength);
    if (target.products.isEmpty() || target.products.size() > TargetCollaboration::maxProducts)
        return u"products must hold 1 to %1 products."_s.arg(TargetCollaboration::maxProducts);
    if (target.creatorOpenIds.isEmpty() || target.creatorOpenIds.size() > TargetCollaboration::maxCreators)
        return u"creator_user_open_ids must hold 1 to %1 creators."_s.arg(TargetCollaboration::maxCreators);
    QSet<QString> seen;
    for (const TargetProduct &product : target.products) {
        if (!findProduct(*call.shop, product.productId))
            return u"Product %1 does not exist in this shop."_s.arg(product.productId);
        if (seen.contains(product.productId))
            return u"Product %1 is listed twice."_s.arg(product.productId);
        seen.insert(product.productId);
        if (auto error = checkRate(product.commissionRate, u"target_commission_rate"_s))
            return error;
    }
    seen.clear();
    for (const QString &openId : target.creatorOpenIds) {
        if (!call.shop->affiliates.creatorByOpenId(openId))
            return u"Creator %1 is not in the Creator Marketplace."_s.arg(openId);
        if (seen.contains(openId))
            return u"Creator %1 is listed twice."_s.arg(openId);
        seen.insert(openId);
    }
    return std::nullopt;
}

/// A creator already invited to one of these products by another running target collaboration.
QList<TargetCollaborationConflict> conflictsOf(const SandboxCall &call, const TargetCollaboration &target)
{
    QList<TargetCollaborationConflict> conflicts;
    for (const TargetCollaboration &other : call.shop->affiliates.targetCollaborations) {
        if (other.statusAt(call.now) == TargetCollaborationStatus::Completed)
            continue;
        for (const TargetProduct &product : target.products) {
            const bool shared = std::any_of(other.products.cbegin(), other.products.cend(),
                [&product](const TargetProduct &p) { return p.productId == product.productId; });
            for (const QString &openId : target.creatorOpenIds) {
                if (shared && other.creatorOpenIds.contains(openId))
                    conflicts.append({openId, product.productId});
            }
        }
    }
    return conflicts;
}

bool matchesKeyword(const QString &keyword, const QString &type, const QString &id, const QString &name)
{
    if (keyword.isEmpty())
        return true;
    if (type.endsWith(u"_ID"))
        return id == keyword;
    return name.contains(keyword, Qt::CaseInsensitive);
}

} // namespace

void SandboxCollaborationApi::addRoutes(SandboxRouteTable &table)
{
    const QStringList openVersions{u"202405"_s, u"202412"_s};
    const QStringList openSearchVersions{u"202409"_s, u"202412"_s};
    const QStringList targetVersions{u"202409"_s, u"202508"_s};
    table.add({"POST", u"affiliate_seller"_s, u"open_collaborations"_s, openVersions, true, &createOpen});
    table.add({"POST", u"affiliate_seller"_s, u"open_collaborations/search"_s, openSearchVersions, true, &searchOpen});
    table.add({"POST", u"affiliate_seller"_s, u"target_collaborations"_s, targetVersions, true, &createTarget});
    table.add({"POST", u"affiliate_seller"_s, u"target_collaborations/search"_s, targetVersions, true, &searchTarget});
}

SandboxResponse SandboxCollaborationApi::createOpen(const SandboxCall &call)
{
    JsonReader reader(call.body, u"body"_s);
    const QString productId = reader.id(u"product_id");
    const qint64 rate = reader.integer(u"commission_rate");
    if (reader.failed())
        return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(reader.error().toString()));
    call.stats->recordWrite(productId);
    const Product *product = findProduct(*call.shop, productId);
    if (!product)
        return SandboxPager::invalid(u"Product %1 does not exist in this shop."_s.arg(productId));
    if (auto error = checkRate(rate, u"commission_rate"_s))
        return SandboxPager::invalid(*error);

    ShopAffiliates &affiliates = call.shop->affiliates;
    // A product has one open collaboration; creating it again sets a new commission from now on.
    auto existing = std::find_if(affiliates.openCollaborations.begin(), affiliates.openCollaborations.end(),
        [&productId](const OpenCollaboration &open) { return open.productId == productId; });
    OpenCollaboration collaboration;
    if (existing != affiliates.openCollaborations.end()) {
        collaboration = *existing;
        affiliates.openCollaborations.erase(existing);
    } else {
        collaboration.id = AffiliateSeed::collaborationId(*call.shop, affiliates.nextSerial++);
        collaboration.productId = productId;
        collaboration.productTitle = product->title;
    }
    collaboration.commissionRate = rate;
    collaboration.startTime = call.now;
    collaboration.endTime = 0;
    collaboration.status = OpenCollaborationStatus::Normal;
    affiliates.openCollaborations.prepend(collaboration);
    return SandboxResponse::success(CollaborationCodec::encodeCreatedOpen(collaboration));
}

SandboxResponse SandboxCollaborationApi::searchOpen(const SandboxCall &call)
{
    const std::optional<qint64> size = SandboxPager::pageSize(call.request, 1, 100);
    if (!size)
        return SandboxPager::invalidPageSize(u"The value of \"page_size\" must be between 1 and 100."_s);
    const QString keyword = call.body.value(u"keyword").toString();
    const QString type = call.body.value(u"keyword_type").toString(u"PRODUCT_NAME"_s);
    if (type != u"PRODUCT_ID" && type != u"PRODUCT_NAME")
        return SandboxPager::invalid(u"keyword_type must be PRODUCT_ID or PRODUCT_NAME."_s);
    QList<OpenCollaboration> found;
    for (const OpenCollaboration &open : call.shop->affiliates.openCollaborations) {
        // Removed collaborations disappear once their commission has run out.
        const bool expired = open.status == OpenCollaborationStatus::Terminating && open.endTime <= call.now;
        if (!expired && matchesKeyword(keyword, type, open.productId, open.productTitle))
            found.append(open);
    }
    const QByteArray context = (call.shop->info.id + u"|open|" + type + u'|' + keyword).toUtf8();
    SandboxPager pager;
    if (auto failure = SandboxPager::slice(call, *size, found.size(), context, &pager))
        return *failure;
    QJsonArray list;
    for (qint64 i = pager.begin; i < pager.end; ++i)
        list.append(CollaborationCodec::encodeOpen(found.at(i)));
    return SandboxResponse::success({
        {u"open_collaborations"_s, list},
        {u"next_page_token"_s, pager.nextToken(found.size(), context)},
        {u"total_count"_s, found.size()},
    });
}

SandboxResponse SandboxCollaborationApi::createTarget(const SandboxCall &call)
{
    const QString name = call.body.value(u"name").toString();
    if (!name.isEmpty())
        call.stats->recordWrite(name);
    Result<TargetCollaboration> decoded = CollaborationCodec::decodeTargetRequest(call.body);
    if (!decoded)
        return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(decoded.error().toString()));
    TargetCollaboration target = std::move(decoded).value();
    if (auto error = checkTarget(call, target))
        return SandboxPager::invalid(*error);
    ShopAffiliates &affiliates = call.shop->affiliates;
    CreatedTargetCollaboration created{
        AffiliateSeed::collaborationId(*call.shop, affiliates.nextSerial++), conflictsOf(call, target)};
    target.id = created.id;
    target.startTime = call.now;
    target.updateTime = call.now;
    target.productCount = target.products.size();
    target.creatorInvitedCount = target.creatorOpenIds.size();
    target.type = u"STANDARD"_s;
    affiliates.targetCollaborations.prepend(target);
    return SandboxResponse::success(CollaborationCodec::encodeCreatedTarget(created));
}

SandboxResponse SandboxCollaborationApi::searchTarget(const SandboxCall &call)
{
    const qint64 size = call.request.queryValue(u"page_size").toLongLong();
    if (size != 20 && size != 50 && size != 100)
        return SandboxPager::invalidPageSize(u"The value of \"page_size\" must be 20, 50 or 100."_s);
    const QString status = call.body.value(u"collaboration_status").toString();
    const QStringList statuses{u"ONGOING"_s, u"EXPIRING"_s, u"VALID"_s, u"CANCELING"_s, u"COMPLETED"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return SandboxPager::invalid(u"Invalid collaboration_status: %1."_s.arg(status));
    const QJsonObject search = call.body.value(u"search_param").toObject();
    const QString keyword = search.value(u"keyword").toString();
    const QString type = search.value(u"keyword_type").toString(u"TARGET_COLLABORATION_NAME"_s);

    QList<TargetCollaboration> found;
    for (const TargetCollaboration &target : call.shop->affiliates.targetCollaborations) {
        const TargetCollaborationStatus now = target.statusAt(call.now);
        const bool statusMatches = status.isEmpty()
            || (status == u"ONGOING" && now == TargetCollaborationStatus::Ongoing)
            || (status == u"EXPIRING" && now == TargetCollaborationStatus::Expiring)
            || (status == u"VALID" && now != TargetCollaborationStatus::Completed)
            || (status == u"COMPLETED" && now == TargetCollaborationStatus::Completed);
        if (statusMatches && matchesKeyword(keyword, type, target.id, target.name))
            found.append(target);
    }
    const QByteArray context = (call.shop->info.id + u"|target|" + status + u'|' + type + u'|' + keyword).toUtf8();
    SandboxPager pager;
    if (auto failure = SandboxPager::slice(call, size, found.size(), context, &pager))
        return *failure;
    QJsonArray list;
    for (qint64 i = pager.begin; i < pager.end; ++i)
        list.append(CollaborationCodec::encodeTarget(found.at(i)));
    return SandboxResponse::success({
        {u"target_collaborations"_s, list},
        {u"next_page_token"_s, pager.nextToken(found.size(), context)},
        {u"total_count"_s, found.size()},
    });
}

} // namespace ShopDesk

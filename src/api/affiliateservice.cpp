#include "affiliateservice.h"

#include <memory>

#include <QJsonArray>
#include <QUrl>

#include "api/apiclient.h"
#include "api/imagefetcher.h"
#include "domain/affiliateordercodec.h"
#include "domain/collaborationcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 listPageSize = 100; // the largest page the collaboration and order searches allow

QJsonObject creatorSearchBody(const CreatorQuery &query, const QString &searchKey)
{
    QJsonObject body;
    if (!query.keyword.trimmed().isEmpty())
        body.insert(u"keyword"_s, query.keyword.trimmed());
    if (!searchKey.isEmpty())
        body.insert(u"search_key"_s, searchKey);
    if (query.followersAtLeast || query.followersAtMost) {
        QJsonObject counts;
        if (query.followersAtLeast)
            counts.insert(u"count_ge"_s, *query.followersAtLeast);
        if (query.followersAtMost)
            counts.insert(u"count_le"_s, *query.followersAtMost);
        body.insert(u"follower_demographics"_s, QJsonObject{{u"count_range"_s, counts}});
    }
    QJsonArray gmv;
    for (GmvRange range : query.gmvRanges)
        gmv.append(gmvRangeToApi(range));
    if (!gmv.isEmpty())
        body.insert(u"gmv_ranges"_s, gmv);
    QJsonArray units;
    for (UnitsSoldRange range : query.unitsSoldRanges)
        units.append(unitsSoldRangeToApi(range));
    if (!units.isEmpty())
        body.insert(u"units_sold_ranges"_s, units);
    return body;
}

/// Follows every page of `call`, decoding each with `decode`, into one list.
template <typename Item, typename Page>
Reply<QList<Item>> *allPages(ApiClient &client, QObject *parent, const ApiCall &call,
    Result<Page> (*decode)(const QJsonObject &), QList<Item> Page::*items)
{
    auto *reply = new Reply<QList<Item>>(parent);
    auto collected = std::make_shared<QList<Item>>();
    ApiReply *pages = client.sendPaged(call, [collected, decode, items](const QJsonObject &data) -> Result<qsizetype> {
        Result<Page> page = decode(data);
        if (!page)
            return page.error();
        *collected += page.value().*items;
        return (page.value().*items).size();
    });
    chainReply(pages, reply, [collected](const ApiReply &) -> Result<QList<Item>> { return std::move(*collected); });
    return reply;
}

} // namespace

AffiliateService::AffiliateService(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_images(new ImageFetcher(this))
{ }

AffiliateService::~AffiliateService() = default;

Reply<CreatorPage> *AffiliateService::searchCreators(
    const CreatorQuery &query, CreatorPageSize pageSize, const std::optional<CreatorPage> &previous)
{
    auto *reply = new Reply<CreatorPage>(this);
    ApiCall call(EndpointId::CreatorsSearch);
    call.query(u"page_size"_s, static_cast<qint64>(pageSize));
    if (previous && !previous->nextPageToken.isEmpty())
        call.query(u"page_token"_s, previous->nextPageToken);
    call.jsonBody(creatorSearchBody(query, previous ? previous->searchKey : QString()));
    chainReply(m_client.send(call), reply,
        [](const Reply<QJsonObject> &sent) { return CreatorCodec::decodeSearchPage(sent.value()); });
    return reply;
}

Reply<OpenCollaboration> *AffiliateService::createOpenCollaboration(const QString &productId, CommissionRate commission)
{
    auto *reply = new Reply<OpenCollaboration>(this);
    ApiCall call(EndpointId::OpenCollaborationCreate);
    call.jsonBody({{u"product_id"_s, productId}, {u"commission_rate"_s, commission}});
    chainReply(m_client.send(call), reply, [commission](const Reply<QJsonObject> &sent) -> Result<OpenCollaboration> {
        Result<OpenCollaboration> created = CollaborationCodec::decodeCreatedOpen(sent.value());
        if (!created)
            return created.error();
        OpenCollaboration collaboration = std::move(created).value();
        collaboration.commissionRate = commission; // the answer does not repeat it
        return collaboration;
    });
    return reply;
}

Reply<CreatedTargetCollaboration> *AffiliateService::createTargetCollaboration(const TargetCollaboration &collaboration)
{
    auto *reply = new Reply<CreatedTargetCollaboration>(this);
    ApiCall call(EndpointId::TargetCollaborationCreate);
    call.jsonBody(CollaborationCodec::encodeTargetRequest(collaboration));
    chainReply(m_client.send(call), reply,
        [](const Reply<QJsonObject> &sent) { return CollaborationCodec::decodeCreatedTarget(sent.value()); });
    return reply;
}

Reply<QList<OpenCollaboration>> *AffiliateService::searchOpenCollaborations()
{
    ApiCall call(EndpointId::OpenCollaborationsSearch);
    call.query(u"page_size"_s, listPageSize);
    return allPages(m_client, this, call, &CollaborationCodec::decodeOpenPage, &OpenCollaborationPage::collaborations);
}

Reply<QList<TargetCollaboration>> *AffiliateService::searchTargetCollaborations()
{
    ApiCall call(EndpointId::TargetCollaborationsSearch);
    call.query(u"page_size"_s, listPageSize);
    return allPages(
        m_client, this, call, &CollaborationCodec::decodeTargetPage, &TargetCollaborationPage::collaborations);
}

Reply<QList<AffiliateOrder>> *AffiliateService::searchAffiliateOrders(const AffiliateOrderQuery &query)
{
    ApiCall call(EndpointId::AffiliateOrdersSearch);
    call.query(u"page_size"_s, listPageSize);
    QJsonObject body;
    if (query.createTimeGe)
        body.insert(u"create_time_ge"_s, *query.createTimeGe);
    if (query.createTimeLt)
        body.insert(u"create_time_lt"_s, *query.createTimeLt);
    if (!query.programId.isEmpty())
        body.insert(u"program_id"_s, query.programId);
    call.jsonBody(body);
    return allPages(m_client, this, call, &AffiliateOrderCodec::decodeSearchPage, &AffiliateOrderPage::orders);
}

Reply<QByteArray> *AffiliateService::fetchAvatar(const QString &url)
{
    return m_images->fetch(QUrl(url));
}

} // namespace ShopDesk

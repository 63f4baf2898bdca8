#include "collaborationcodec.h"

#include <QJsonArray>

#include "domain/affiliatejson.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

OpenCollaboration readOpen(JsonReader &reader, const QJsonObject &raw)
{
    OpenCollaboration collaboration;
    collaboration.id = reader.id(u"id");
    JsonReader commission = reader.object(u"current_commission");
    const QJsonObject rawCommission = raw.value(u"current_commission").toObject();
    collaboration.commissionRate = AffiliateJson::readRate(commission, rawCommission, u"rate");
    collaboration.startTime = AffiliateJson::readTime(commission, rawCommission, u"start_time", false);
    collaboration.endTime = AffiliateJson::readTime(commission, rawCommission, u"end_time", false);
    JsonReader product = reader.object(u"product");
    collaboration.productId = product.id(u"id");
    collaboration.productTitle = product.optionalString(u"title");
    const QString status = reader.string(u"status");
    collaboration.status = openCollaborationStatusFromApi(status);
    if (collaboration.status == OpenCollaborationStatus::Unknown && !reader.failed())
        reader.fail(u"status", u"unknown open collaboration status \"%1\""_s.arg(status));
    collaboration.showcaseCreatorCount = reader.optionalInteger(u"showcase_creator_count").value_or(0);
    collaboration.contentCreatorCount = reader.optionalInteger(u"content_creator_count").value_or(0);
    collaboration.requireSellerApproval = reader.boolean(u"require_seller_approve_creator", false);
    return collaboration;
}

FreeSampleRule readFreeSampleRule(JsonReader &reader)
{
    JsonReader rule = reader.optionalObject(u"free_sample_rule");
    return FreeSampleRule{rule.boolean(u"has_free_sample", false), rule.boolean(u"is_sample_approval_exempt", false)};
}

QJsonObject freeSampleJson(const FreeSampleRule &rule)
{
    return {{u"has_free_sample"_s, rule.hasFreeSample}, {u"is_sample_approval_exempt"_s, rule.sampleApprovalExempt}};
}

TargetCollaboration readTarget(JsonReader &reader, const QJsonObject &raw)
{
    TargetCollaboration collaboration;
    collaboration.id = reader.id(u"id");
    collaboration.name = reader.string(u"name");
    collaboration.message = reader.optionalString(u"message");
    collaboration.startTime = AffiliateJson::readTime(reader, raw, u"start_time", false);
    collaboration.endTime = AffiliateJson::readTime(reader, raw, u"end_time", true);
    collaboration.updateTime = AffiliateJson::readTime(reader, raw, u"update_time", false);
    collaboration.freeSampleRule = readFreeSampleRule(reader);
    collaboration.productCount = reader.optionalInteger(u"product_count").value_or(0);
    // Production spells this field "inivited"; the correct spelling is accepted as well.
    collaboration.creatorInvitedCount = reader.optionalInteger(u"creator_inivited_count")
                                            .value_or(reader.optionalInteger(u"creator_invited_count").value_or(0));
    collaboration.showcaseCreatorCount = reader.optionalInteger(u"showcase_creator_count").value_or(0);
    collaboration.contentCreatorCount = reader.optionalInteger(u"content_creator_count").value_or(0);
    collaboration.type = reader.optionalString(u"type");
    return collaboration;
}

QList<TargetProduct> readTargetProducts(JsonReader &reader)
{
    QList<TargetProduct> products;
    const QJsonArray list = reader.array(u"products");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"products", list, i);
        TargetProduct product;
        product.productId = item.id(u"id");
        product.commissionRate = AffiliateJson::readRate(item, list.at(i).toObject(), u"target_commission_rate");
        products.append(product);
    }
    return products;
}

QStringList readOpenIds(JsonReader &reader)
{
    const QStringList ids = reader.stringList(u"creator_user_open_ids");
    if (!reader.failed() && ids.contains(QString()))
        reader.fail(u"creator_user_open_ids", u"an open id is empty"_s);
    return ids;
}

} // namespace

Result<OpenCollaboration> CollaborationCodec::decodeCreatedOpen(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    JsonReader created = reader.object(u"open_collaboration");
    OpenCollaboration collaboration;
    collaboration.id = created.id(u"id");
    collaboration.productId = created.id(u"product_id");
    collaboration.startTime
        = AffiliateJson::readTime(created, data.value(u"open_collaboration").toObject(), u"effective_time", true);
    collaboration.status = OpenCollaborationStatus::Normal;
    if (reader.failed())
        return reader.error();
    return collaboration;
}

Result<OpenCollaborationPage> CollaborationCodec::decodeOpenPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    OpenCollaborationPage page;
    const QJsonArray list = reader.optionalArray(u"open_collaborations");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"open_collaborations", list, i);
        page.collaborations.append(readOpen(item, list.at(i).toObject()));
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.collaborations.size());
    if (reader.failed())
        return reader.error();
    return page;
}

Result<OpenCollaboration> CollaborationCodec::decodeOpen(const QJsonObject &object, const QString &path)
{
    return decodeWhole(object, path, readOpen);
}

Result<TargetCollaboration> CollaborationCodec::decodeTarget(const QJsonObject &object, const QString &path)
{
    return decodeWhole(object, path, readTarget);
}

QJsonObject CollaborationCodec::encodeCreatedOpen(const OpenCollaboration &collaboration)
{
    return {{u"open_collaboration"_s,
        QJsonObject{{u"id"_s, collaboration.id}, {u"product_id"_s, collaboration.productId},
            {u"effective_time"_s, collaboration.startTime}}}};
}

QJsonObject CollaborationCodec::encodeOpen(const OpenCollaboration &collaboration)
{
    QJsonObject commission{{u"rate"_s, collaboration.commissionRate}, {u"start_time"_s, collaboration.startTime}};
    if (collaboration.endTime != 0)
        commission.insert(u"end_time"_s, collaboration.endTime);
    return {
        {u"id"_s, collaboration.id},
        {u"status"_s, openCollaborationStatusToApi(collaboration.status)},
        {u"current_commission"_s, commission},
        {u"product"_s, QJsonObject{{u"id"_s, collaboration.productId}, {u"title"_s, collaboration.productTitle}}},
        {u"showcase_creator_count"_s, collaboration.showcaseCreatorCount},
        {u"content_creator_count"_s, collaboration.contentCreatorCount},
        {u"require_seller_approve_creator"_s, collaboration.requireSellerApproval},
    };
}

QJsonObject CollaborationCodec::encodeTargetRequest(const TargetCollaboration &collaboration)
{
    QJsonArray products;
    for (const TargetProduct &product : collaboration.products)
        products.append(
            QJsonObject{{u"id"_s, product.productId}, {u"target_commission_rate"_s, product.commissionRate}});
    QJsonObject body{
        {u"name"_s, collaboration.name},
        {u"end_time"_s, QString::number(collaboration.endTime)},
        {u"products"_s, products},
        {u"creator_user_open_ids"_s, QJsonArray::fromStringList(collaboration.creatorOpenIds)},
        {u"free_sample_rule"_s, freeSampleJson(collaboration.freeSampleRule)},
    };
    if (!collaboration.message.isEmpty())
        body.insert(u"message"_s, collaboration.message);
    if (!collaboration.sellerEmail.isEmpty())
        body.insert(u"seller_contact_info"_s, QJsonObject{{u"email"_s, collaboration.sellerEmail}});
    return body;
}

Result<TargetCollaboration> CollaborationCodec::decodeTargetRequest(const QJsonObject &body)
{
    JsonReader reader(body, u"body"_s);
    TargetCollaboration collaboration;
    collaboration.name = reader.string(u"name");
    collaboration.endTime = AffiliateJson::readTime(reader, body, u"end_time", true);
    collaboration.products = readTargetProducts(reader);
    collaboration.creatorOpenIds = readOpenIds(reader);
    collaboration.freeSampleRule = readFreeSampleRule(reader);
    collaboration.message = reader.optionalString(u"message");
    collaboration.sellerEmail = reader.optionalObject(u"seller_contact_info").optionalString(u"email");
    if (reader.failed())
        return reader.error();
    return collaboration;
}

Result<CreatedTargetCollaboration> CollaborationCodec::decodeCreatedTarget(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    CreatedTargetCollaboration created;
    created.id = reader.object(u"target_collaboration").id(u"id");
    const QJsonArray conflicts = reader.optionalArray(u"target_collaboration_conflicts");
    for (qsizetype i = 0; i < conflicts.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"target_collaboration_conflicts", conflicts, i);
        // 202508 names the creator by open id; older versions by user id.
        QString creator = item.optionalString(u"creator_user_open_id");
        if (creator.isEmpty())
            creator = item.optionalString(u"creator_user_id");
        created.conflicts.append({creator, item.id(u"product_id")});
    }
    if (reader.failed())
        return reader.error();
    return created;
}

QJsonObject CollaborationCodec::encodeCreatedTarget(const CreatedTargetCollaboration &created)
{
    QJsonArray conflicts;
    for (const TargetCollaborationConflict &conflict : created.conflicts)
        conflicts.append(
            QJsonObject{{u"creator_user_open_id"_s, conflict.creatorOpenId}, {u"product_id"_s, conflict.productId}});
    return {{u"target_collaboration"_s, QJsonObject{{u"id"_s, created.id}}},
        {u"target_collaboration_conflicts"_s, conflicts}};
}

Result<TargetCollaborationPage> CollaborationCodec::decodeTargetPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    TargetCollaborationPage page;
    const QJsonArray list = reader.optionalArray(u"target_collaborations");
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"target_collaborations", list, i);
        page.collaborations.append(readTarget(item, list.at(i).toObject()));
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.collaborations.size());
    if (reader.failed())
        return reader.error();
    return page;
}

QJsonObject CollaborationCodec::encodeTarget(const TargetCollaboration &collaboration)
{
    return {
        {u"id"_s, collaboration.id},
        {u"name"_s, collaboration.name},
        {u"message"_s, collaboration.message},
        {u"start_time"_s, collaboration.startTime},
        {u"end_time"_s, collaboration.endTime},
        {u"update_time"_s, collaboration.updateTime},
        {u"free_sample_rule"_s, freeSampleJson(collaboration.freeSampleRule)},
        {u"product_count"_s, collaboration.productCount},
        {u"creator_inivited_count"_s, collaboration.creatorInvitedCount},
        {u"showcase_creator_count"_s, collaboration.showcaseCreatorCount},
        {u"content_creator_count"_s, collaboration.contentCreatorCount},
        {u"type"_s, collaboration.type},
    };
}

} // namespace ShopDesk

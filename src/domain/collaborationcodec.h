#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/collaboration.h"

namespace ShopDesk {

struct OpenCollaborationPage
{
    QList<OpenCollaboration> collaborations;
    QString nextPageToken;
    qint64 totalCount = 0;
};

struct TargetCollaborationPage
{
    QList<TargetCollaboration> collaborations;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// Open and target collaboration JSON (reference section 5.5) both ways. The create request of a
/// target collaboration is encoded by the client and decoded, strictly, by the sandbox.
class CollaborationCodec final
{
public:
    /// `data.open_collaboration{id, product_id, effective_time}` of a create.
    static Result<OpenCollaboration> decodeCreatedOpen(const QJsonObject &data);
    static Result<OpenCollaborationPage> decodeOpenPage(const QJsonObject &data);
    static QJsonObject encodeCreatedOpen(const OpenCollaboration &collaboration);
    static QJsonObject encodeOpen(const OpenCollaboration &collaboration);
    /// One search item as encodeOpen() wrote it; error paths start at `path`.
    static Result<OpenCollaboration> decodeOpen(const QJsonObject &object, const QString &path);

    /// The body of `POST …/target_collaborations`; `end_time` is a string, as the reference has it.
    static QJsonObject encodeTargetRequest(const TargetCollaboration &collaboration);
    /// Reads a create request; error paths start at `body`.
    static Result<TargetCollaboration> decodeTargetRequest(const QJsonObject &body);
    static Result<CreatedTargetCollaboration> decodeCreatedTarget(const QJsonObject &data);
    static QJsonObject encodeCreatedTarget(const CreatedTargetCollaboration &created);
    static Result<TargetCollaborationPage> decodeTargetPage(const QJsonObject &data);
    /// A search item; the production field name `creator_inivited_count` is misspelt on purpose.
    static QJsonObject encodeTarget(const TargetCollaboration &collaboration);
    /// One search item as encodeTarget() wrote it; error paths start at `path`.
    static Result<TargetCollaboration> decodeTarget(const QJsonObject &object, const QString &path);
};

} // namespace ShopDesk

#pragma once

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/creator.h"

namespace ShopDesk {

/// One page of `POST /affiliate_seller/202508/marketplace_creators/search`. `searchKey` has to be
/// sent back with the next page's request (reference section 5.5).
struct CreatorPage
{
    QList<Creator> creators;
    QString nextPageToken;
    QString searchKey;
};

/// Creator marketplace JSON both ways: the client decodes, the sandbox encodes.
class CreatorCodec final
{
public:
    static Result<CreatorPage> decodeSearchPage(const QJsonObject &data);
    static QJsonObject encodeCreator(const Creator &creator);
    /// One creator as encodeCreator() wrote it; error paths start at `path`.
    static Result<Creator> decodeCreator(const QJsonObject &object, const QString &path);
};

} // namespace ShopDesk

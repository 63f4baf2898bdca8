#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ShopDesk {

/// One webhook subscription of a sandbox shop (reference section 5.7).
struct SandboxWebhook
{
    QString eventType;
    QString address;
    qint64 createTime = 0;
    qint64 updateTime = 0;
};

/// Something that happened in a shop and waits to be delivered to its subscribers: the numeric
/// `type` and the `data` of the notification (reference sections 8.2 and 8.4).
struct SandboxEvent
{
    int type = 0;
    QJsonObject data;
    /// Keys of `data` whose (digit string) values production sends as bare JSON numbers, like the
    /// `product_id` of PRODUCT_STATUS_CHANGE (reference section 4): written unquoted.
    QStringList bareNumbers = {};
};

} // namespace ShopDesk

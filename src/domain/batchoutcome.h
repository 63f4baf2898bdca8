#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"

namespace ShopDesk {

/// One item that failed inside a call that otherwise succeeded.
struct ItemFailure
{
    QString itemId;
    /// A sub-item, such as the warehouse of a SKU's stock; empty when the whole item failed.
    QString subItemId;
    qint64 code = 0;
    QString message;

    bool operator==(const ItemFailure &other) const = default;
};

/// Per-item results of a batch write. TikTok Shop reports partial failure inside an envelope with
/// code 0 (reference sections 5.1 and 5.3), so a "successful" answer must still be read item by item.
struct BatchOutcome
{
    QList<ItemFailure> failures;

    bool allSucceeded() const { return failures.isEmpty(); }
    bool failed(const QString &itemId) const;
};

class BatchOutcomeCodec final
{
public:
    /// Reads `errors[]{code, message, detail{<idField>, extra_errors[]{<subIdField>, code, message}}}`.
    static Result<BatchOutcome> decode(const QJsonObject &data, QStringView idField, QStringView subIdField = {});
    static QJsonObject encode(const BatchOutcome &outcome, QStringView idField, QStringView subIdField = {});
};

} // namespace ShopDesk

#include "batchoutcome.h"

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

bool BatchOutcome::failed(const QString &itemId) const
{
    return std::any_of(
        failures.cbegin(), failures.cend(), [&itemId](const ItemFailure &failure) { return failure.itemId == itemId; });
}

Result<BatchOutcome> BatchOutcomeCodec::decode(const QJsonObject &data, QStringView idField, QStringView subIdField)
{
    JsonReader reader(data, u"data"_s);
    BatchOutcome outcome;
    const QJsonArray errors = reader.optionalArray(u"errors");
    for (qsizetype i = 0; i < errors.size() && !reader.failed(); ++i) {
        JsonReader error = reader.element(u"errors", errors, i);
        const qint64 code = error.integer(u"code");
        const QString message = error.optionalString(u"message");
        JsonReader detail = error.optionalObject(u"detail");
        const QString itemId = detail.optionalString(idField);
        const QJsonArray extra = subIdField.isEmpty() ? QJsonArray() : detail.optionalArray(u"extra_errors");
        if (extra.isEmpty()) {
            outcome.failures.append({itemId, {}, code, message});
            continue;
        }
        for (qsizetype j = 0; j < extra.size() && !reader.failed(); ++j) {
            JsonReader sub = detail.element(u"extra_errors", extra, j);
            outcome.failures.append(
                {itemId, sub.optionalString(subIdField), sub.integer(u"code"), sub.optionalString(u"message")});
        }
    }
    if (reader.failed())
        return reader.error();
    return outcome;
}

QJsonObject BatchOutcomeCodec::encode(const BatchOutcome &outcome, QStringView idField, QStringView subIdField)
{
    QJsonArray errors;
    for (const ItemFailure &failure : outcome.failures) {
        QJsonObject detail{{idField.toString(), failure.itemId}};
        if (!subIdField.isEmpty() && !failure.subItemId.isEmpty()) {
            detail.insert(u"extra_errors"_s,
                QJsonArray{QJsonObject{{subIdField.toString(), failure.subItemId}, {u"code"_s, failure.code},
                    {u"message"_s, failure.message}}});
        }
        errors.append(QJsonObject{{u"code"_s, failure.code}, {u"message"_s, failure.message}, {u"detail"_s, detail}});
    }
    return errors.isEmpty() ? QJsonObject() : QJsonObject{{u"errors"_s, errors}};
}

} // namespace ShopDesk

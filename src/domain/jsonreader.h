#pragma once

#include <memory>
#include <optional>
#include <type_traits>

#include <QJsonArray>
#include <QJsonObject>

#include "core/money.h"
#include "core/result.h"

namespace ShopDesk {

/// Strict, path-tracking reads from API JSON. The first failure is kept with its field path
/// ("data.products[3].skus[0].id") and every later read returns an empty value, so a codec reads
/// straight through and checks failed() once at the end.
class JsonReader final
{
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    QString string(QStringView key);
    QString optionalString(QStringView key);
    /// API ids are JSON strings of digits; a bare number is refused because it may not survive a
    /// double (reference section 4).
    QString id(QStringView key);
    qint64 integer(QStringView key);
    std::optional<qint64> optionalInteger(QStringView key);
    /// A decimal string ("12.50") in `currency`'s minor units.
    Money money(QStringView key, const QString &currency);
    /// The same, where the API may leave the amount out: missing, null or empty reads as zero.
    Money optionalMoney(QStringView key, const QString &currency);
    bool boolean(QStringView key, bool fallback);
    QJsonArray array(QStringView key);
    QJsonArray optionalArray(QStringView key);
    JsonReader object(QStringView key);
    JsonReader optionalObject(QStringView key);
    /// A reader over element `index` of an array read from this reader's `key`.
    JsonReader element(QStringView key, const QJsonArray &array, qsizetype index);
    QStringList stringList(QStringView key);

    bool has(QStringView key) const { return m_object.contains(key); }
    /// Records a failure at `key` unless one was recorded before.
    void fail(QStringView key, const QString &message);
    bool failed() const { return m_state->error.has_value(); }
    Error error() const { return m_state->error.value_or(Error{}); }
    QString pathOf(QStringView key) const;

private:
    struct State
    {
        std::optional<Error> error;
    };
    JsonReader(QJsonObject object, QString path, std::shared_ptr<State> state);
    std::optional<QJsonValue> required(QStringView key);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<State> m_state;
};

/// Reads one whole object with `read(reader, object)`, as a cache hands back an item it stored:
/// the value, or the first failure with its path under `path`.
template <typename Read>
auto decodeWhole(const QJsonObject &object, const QString &path, Read read)
    -> Result<std::invoke_result_t<Read, JsonReader &, const QJsonObject &>>
{
    JsonReader reader(object, path);
    auto value = read(reader, object);
    if (reader.failed())
        return reader.error();
    return value;
}

} // namespace ShopDesk

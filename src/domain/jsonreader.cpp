#include "jsonreader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// Integers above 2^53 lose precision in a double, which is what QJsonValue stores.
constexpr double maxExactInteger = 9007199254740992.0;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<State>())
{ }

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<State> state)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_state(std::move(state))
{ }

QString JsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonReader::fail(QStringView key, const QString &message)
{
    if (!m_state->error)
        m_state->error = Error{message, pathOf(key)};
}

std::optional<QJsonValue> JsonReader::required(QStringView key)
{
    if (failed())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        fail(key, u"required field is missing"_s);
        return std::nullopt;
    }
    return value;
}

QString JsonReader::string(QStringView key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(key, u"expected a string, found %1"_s.arg(typeName(*value)));
        return {};
    }
    return value->toString();
}

QString JsonReader::optionalString(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || failed())
        return {};
    if (!value.isString()) {
        fail(key, u"expected a string, found %1"_s.arg(typeName(value)));
        return {};
    }
    return value.toString();
}

namespace {

Money parseMoney(JsonReader &reader, QStringView key, const QString &amount, const QString &currency)
{
    if (reader.failed())
        return {};
    Result<Money> money = Money::fromDecimal(amount, currency);
    if (!money) {
        reader.fail(key, money.error().message);
        return {};
    }
    return std::move(money).value();
}

} // namespace

Money JsonReader::money(QStringView key, const QString &currency)
{
    return parseMoney(*this, key, string(key), currency);
}

Money JsonReader::optionalMoney(QStringView key, const QString &currency)
{
    const QString amount = optionalString(key);
    return parseMoney(*this, key, amount.isEmpty() ? u"0"_s : amount, currency);
}

QString JsonReader::id(QStringView key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(key, u"expected an id string, found %1"_s.arg(typeName(*value)));
        return {};
    }
    const QString text = value->toString();
    if (text.isEmpty())
        fail(key, u"id is empty"_s);
    return text;
}

qint64 JsonReader::integer(QStringView key)
{
    if (!required(key))
        return 0;
    return optionalInteger(key).value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || failed())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(key, u"expected an integer, found %1"_s.arg(typeName(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::fabs(number) > maxExactInteger) {
        fail(key, u"expected an integer, found %1"_s.arg(number));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(QStringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || failed())
        return fallback;
    if (!value.isBool()) {
        fail(key, u"expected a boolean, found %1"_s.arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

QJsonArray JsonReader::array(QStringView key)
{
    const std::optional<QJsonValue> value = required(key);
    if (!value)
        return {};
    if (!value->isArray()) {
        fail(key, u"expected an array, found %1"_s.arg(typeName(*value)));
        return {};
    }
    return value->toArray();
}

QJsonArray JsonReader::optionalArray(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull() || failed())
        return {};
    return array(key);
}

JsonReader JsonReader::object(QStringView key)
{
    const std::optional<QJsonValue> value = required(key);
    if (value && !value->isObject())
        fail(key, u"expected an object, found %1"_s.arg(typeName(*value)));
    return JsonReader(value && value->isObject() ? value->toObject() : QJsonObject(), pathOf(key), m_state);
}

JsonReader JsonReader::optionalObject(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return JsonReader(QJsonObject(), pathOf(key), m_state);
    return object(key);
}

JsonReader JsonReader::element(QStringView key, const QJsonArray &array, qsizetype index)
{
    const QString path = pathOf(key) + u'[' + QString::number(index) + u']';
    const QJsonValue value = array.at(index);
    if (!value.isObject() && !failed())
        m_state->error = Error{u"expected an object, found %1"_s.arg(typeName(value)), path};
    return JsonReader(value.toObject(), path, m_state);
}

QStringList JsonReader::stringList(QStringView key)
{
    QStringList result;
    const QJsonArray values = optionalArray(key);
    for (qsizetype i = 0; i < values.size() && !failed(); ++i) {
        if (!values.at(i).isString()) {
            fail(key, u"element %1: expected a string, found %2"_s.arg(i).arg(typeName(values.at(i))));
            break;
        }
        result.append(values.at(i).toString());
    }
    return result;
}

} // namespace ShopDesk

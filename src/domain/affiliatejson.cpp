#include "affiliatejson.h"

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qsizetype maxDigits = 18; // stays inside qint64

std::optional<qint64> digitString(const QString &text)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toLongLong();
}

/// An integer or a string of digits at `key`; nullopt (and a failure) otherwise.
std::optional<qint64> readNumberOrDigits(JsonReader &reader, const QJsonObject &raw, QStringView key)
{
    if (reader.failed())
        return std::nullopt;
    const QJsonValue value = raw.value(key);
    if (value.isString()) {
        const QString text = value.toString();
        const std::optional<qint64> number = digitString(text);
        if (!number)
            reader.fail(key, u"expected a string of digits, found \"%1\""_s.arg(text));
        return number;
    }
    const qint64 number = reader.integer(key);
    if (reader.failed())
        return std::nullopt;
    if (number < 0) {
        reader.fail(key, u"expected a number of at least 0, found %1"_s.arg(number));
        return std::nullopt;
    }
    return number;
}

} // namespace

bool AffiliateJson::present(const QJsonObject &raw, QStringView key)
{
    const QJsonValue value = raw.value(key);
    return !value.isUndefined() && !value.isNull();
}

Money AffiliateJson::readMoney(JsonReader &reader, QStringView key)
{
    JsonReader money = reader.object(key);
    const QString currency = money.string(u"currency");
    const QString amount = money.string(u"amount");
    if (money.failed())
        return {};
    Result<Money> parsed = Money::fromDecimal(amount, currency);
    if (!parsed) {
        money.fail(u"amount", parsed.error().message);
        return {};
    }
    if (currency.size() != 3) {
        money.fail(u"currency", u"expected an ISO 4217 code, found \"%1\""_s.arg(currency));
        return {};
    }
    return std::move(parsed).value();
}

std::optional<Money> AffiliateJson::readOptionalMoney(JsonReader &reader, const QJsonObject &raw, QStringView key)
{
    if (!present(raw, key) || reader.failed())
        return std::nullopt;
    const Money money = readMoney(reader, key);
    if (reader.failed())
        return std::nullopt;
    return money;
}

CommissionRate AffiliateJson::readRate(JsonReader &reader, const QJsonObject &raw, QStringView key)
{
    return readNumberOrDigits(reader, raw, key).value_or(0);
}

qint64 AffiliateJson::readTime(JsonReader &reader, const QJsonObject &raw, QStringView key, bool required)
{
    if (!required && !present(raw, key))
        return 0;
    return readNumberOrDigits(reader, raw, key).value_or(0);
}

QJsonObject AffiliateJson::moneyJson(const Money &money)
{
    return {{u"amount"_s, money.toDecimal()}, {u"currency"_s, money.currency}};
}

} // namespace ShopDesk

#pragma once

#include <optional>

#include <QJsonObject>

#include "core/money.h"
#include "domain/commissionrate.h"

namespace ShopDesk {

class JsonReader;

/// Reads and writes the shapes the affiliate endpoints share (reference section 5.5): money as
/// `{amount, currency}`, commission rates as integers or strings of digits in hundredths of a
/// percent, epoch times that some versions send as strings. Failures land in the reader.
class AffiliateJson final
{
public:
    static bool present(const QJsonObject &raw, QStringView key);
    static Money readMoney(JsonReader &reader, QStringView key);
    /// Absent (or null) is no value; present but malformed is a failure.
    static std::optional<Money> readOptionalMoney(JsonReader &reader, const QJsonObject &raw, QStringView key);
    /// An integer, or a string of digits (the orders search sends `"1550"`).
    static CommissionRate readRate(JsonReader &reader, const QJsonObject &raw, QStringView key);
    /// Epoch seconds as an integer or a string of digits; 0 when absent and not `required`.
    static qint64 readTime(JsonReader &reader, const QJsonObject &raw, QStringView key, bool required);
    static QJsonObject moneyJson(const Money &money);
};

} // namespace ShopDesk

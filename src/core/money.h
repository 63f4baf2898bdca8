#pragma once

#include <QString>

#include "core/result.h"

class QLocale;

namespace ShopDesk {

/// An amount of money: minor units of an ISO 4217 currency. Never a double (DESIGN.md).
struct Money
{
    qint64 minor = 0;
    QString currency;

    /// Digits after the decimal point for a currency (JPY 0, KWD 3, most 2).
    static int minorDigits(QStringView currency);
    /// The symbol format() puts before the amount: "$", "£", or the code and a space.
    static QString symbol(QStringView currency);
    /// Parses the API's decimal strings ("12.5", "1299.00"). More fraction digits than the currency
    /// has are an error unless they are zeros.
    static Result<Money> fromDecimal(QStringView amount, const QString &currency);

    /// The API's form: "12.50".
    QString toDecimal() const;
    /// The user's form: symbol and locale separators, "$1,299.00" or "£4.99"; unknown currencies
    /// are prefixed with their code.
    QString format(const QLocale &locale) const;

    bool operator==(const Money &other) const = default;
};

} // namespace ShopDesk

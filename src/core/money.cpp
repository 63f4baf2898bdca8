#include "money.h"

#include <array>
#include <limits>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct CurrencyInfo
{
    QStringView code;
    QStringView symbol;
    int digits;
};

constexpr std::array currencies{
    CurrencyInfo{u"USD", u"$", 2},
    CurrencyInfo{u"GBP", u"£", 2},
    CurrencyInfo{u"EUR", u"€", 2},
    CurrencyInfo{u"JPY", u"¥", 0},
    CurrencyInfo{u"CNY", u"CN¥", 2},
    CurrencyInfo{u"SGD", u"S$", 2},
    CurrencyInfo{u"MYR", u"RM", 2},
    CurrencyInfo{u"THB", u"฿", 2},
    CurrencyInfo{u"PHP", u"₱", 2},
    CurrencyInfo{u"VND", u"₫", 0},
    CurrencyInfo{u"IDR", u"Rp", 0},
    CurrencyInfo{u"MXN", u"MX$", 2},
    CurrencyInfo{u"SAR", u"SAR ", 2},
    CurrencyInfo{u"KWD", u"KWD ", 3},
    CurrencyInfo{u"BHD", u"BHD ", 3},
};

const CurrencyInfo *findCurrency(QStringView code)
{
    for (const CurrencyInfo &info : currencies) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

qint64 powerOfTen(int digits)
{
    qint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

} // namespace

int Money::minorDigits(QStringView currency)
{
    const CurrencyInfo *info = findCurrency(currency);
    return info ? info->digits : 2;
}

QString Money::symbol(QStringView currency)
{
    const CurrencyInfo *info = findCurrency(currency);
    return info ? info->symbol.toString() : currency + u' ';
}

Result<Money> Money::fromDecimal(QStringView amount, const QString &currency)
{
    const QStringView text = amount.trimmed();
    const int digits = minorDigits(currency);
    bool negative = false;
    qsizetype pos = 0;
    if (pos < text.size() && (text[pos] == u'-' || text[pos] == u'+')) {
        negative = text[pos] == u'-';
        ++pos;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 10000;
    for (; pos < text.size() && text[pos].isDigit(); ++pos, ++wholeDigits) {
        whole = whole * 10 + text[pos].digitValue();
        if (whole > limit)
            return Error{u"amount is too large"_s, {}};
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == u'.') {
        for (++pos; pos < text.size() && text[pos].isDigit(); ++pos) {
            const int digit = text[pos].digitValue();
            if (fractionDigits < digits) {
                fraction = fraction * 10 + digit;
                ++fractionDigits;
            } else if (digit != 0) {
                return Error{u"\"%1\" has more decimals than %2 allows"_s.arg(text, currency), {}};
            }
        }
    }
    if (pos != text.size() || (wholeDigits == 0 && fractionDigits == 0))
        return Error{u"\"%1\" is not a decimal amount"_s.arg(text), {}};
    fraction *= powerOfTen(digits - fractionDigits);
    const qint64 minor = whole * powerOfTen(digits) + fraction;
    return Money{negative ? -minor : minor, currency};
}

QString Money::toDecimal() const
{
    const int digits = minorDigits(currency);
    const qint64 scale = powerOfTen(digits);
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return minor < 0 ? u'-' + text : text;
}

QString Money::format(const QLocale &locale) const
{
    const int digits = minorDigits(currency);
    const qint64 scale = powerOfTen(digits);
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString number = locale.toString(magnitude / scale);
    if (digits > 0)
        number += locale.decimalPoint() + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return (minor < 0 ? locale.negativeSign() : QString()) + symbol(currency) + number;
}

} // namespace ShopDesk

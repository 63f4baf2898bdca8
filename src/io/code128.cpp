#include "code128.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// ISO/IEC 15417 symbol widths (bar, space, bar, space, bar, space) for values 0–105, and the stop.
constexpr std::array<const char *, 107> patterns{"212222", "222122", "222221", "121223", "121322", "131222", "122213",
    "122312", "132212", "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112",
    "322211", "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331", "231131",
    "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411",
    "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114", "122411",
    "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242", "121142", "121241", "114212",
    "124112", "124211", "411212", "421112", "421211", "212141", "214121", "412121", "111143", "111341", "131141",
    "114113", "114311", "411113", "411311", "113141", "114131", "311141", "411131", "211412", "211214", "211232",
    "2331112"};

constexpr int startB = 104;
constexpr int startC = 105;
constexpr int stop = 106;
constexpr int checksumModulus = 103;

bool isAllDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString Code128::pattern(int value)
{
    return value >= 0 && value < int(patterns.size()) ? QString::fromLatin1(patterns.at(size_t(value))) : QString();
}

Result<QList<int>> Code128::symbols(const QString &text)
{
    if (text.isEmpty())
        return Error{u"nothing to encode"_s, u"barcode"_s};
    QList<int> values;
    if (text.size() % 2 == 0 && isAllDigits(text)) {
        values.append(startC);
        for (qsizetype i = 0; i < text.size(); i += 2)
            values.append(text.mid(i, 2).toInt());
    } else {
        values.append(startB);
        for (QChar c : text) {
            if (c.unicode() < 32 || c.unicode() > 127)
                return Error{u"“%1” cannot be drawn as a Code 128 barcode"_s.arg(c), u"barcode"_s};
            values.append(c.unicode() - 32);
        }
    }
    // The check value weighs each data value by its position; the start counts once.
    qint64 sum = values.first();
    for (qsizetype i = 1; i < values.size(); ++i)
        sum += i * values.at(i);
    values.append(int(sum % checksumModulus));
    values.append(stop);
    return values;
}

Result<QList<int>> Code128::encode(const QString &text)
{
    const Result<QList<int>> values = symbols(text);
    if (!values)
        return values.error();
    QList<int> widths;
    for (int value : values.value()) {
        for (QChar width : pattern(value))
            widths.append(width.digitValue());
    }
    return widths;
}

} // namespace ShopDesk

#pragma once

#include <QList>
#include <QString>

#include "core/result.h"

namespace ShopDesk {

/// A Code 128 barcode as bar and space widths in modules, for packing slips drawn by the UI: digits
/// in pairs (code set C) when the text is an even number of digits, such as an order id, else
/// code set B (printable ASCII).
class Code128 final
{
public:
    /// Widths alternate bar, space, bar, … from the start character through the stop character.
    static Result<QList<int>> encode(const QString &text);
    /// The symbol values (start, data, checksum, stop) that `encode` draws, for checking.
    static Result<QList<int>> symbols(const QString &text);
    /// The widths of one symbol value (six elements; the stop character has seven).
    static QString pattern(int value);
};

} // namespace ShopDesk

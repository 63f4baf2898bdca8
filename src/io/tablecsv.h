#pragma once

class QAbstractItemModel;
class QIODevice;

namespace ShopDesk {

/// Writes what a table shows as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
/// programs read Chinese text right): the header row, then every row of `model` in its current
/// order and filter, each cell as displayed.
class TableCsv final
{
public:
    /// False once a write to the device failed.
    static bool write(const QAbstractItemModel &model, QIODevice &device);
};

} // namespace ShopDesk

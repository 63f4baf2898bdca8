#include "tablecsv.h"

#include <QAbstractItemModel>

#include "io/csvwriter.h"

namespace ShopDesk {

bool TableCsv::write(const QAbstractItemModel &model, QIODevice &device)
{
    CsvWriter csv(device, CsvWriter::ByteOrderMark::Write);
    const int columns = model.columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    csv.writeRow(header);
    for (int row = 0; row < model.rowCount() && csv.ok(); ++row) {
        QStringList fields;
        for (int column = 0; column < columns; ++column)
            fields.append(model.index(row, column).data().toString());
        csv.writeRow(fields);
    }
    return csv.ok();
}

} // namespace ShopDesk

#include "tableexport.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

#include "io/tablecsv.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

std::optional<QString> TableExport::save(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The file %1 could not be written: %2").arg(path, file.errorString());
    if (!TableCsv::write(model, file) || !file.commit())
        return tr("The file %1 could not be written: %2").arg(path, file.errorString());
    return std::nullopt;
}

QString TableExport::saveInteractively(const QAbstractItemModel &model, const QString &baseName, QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(u"%1-%2.csv"_s.arg(baseName, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export as CSV"), suggested, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return {};
    if (const auto error = save(model, path)) {
        QMessageBox::warning(parent, tr("Export failed"), *error);
        return {};
    }
    return path;
}

} // namespace ShopDesk

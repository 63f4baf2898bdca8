#include "productcsvactions.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "csvimportreportdialog.h"
#include "io/csvreader.h"
#include "sync/productcsv.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductCsvActions::ProductCsvActions(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{ }

void ProductCsvActions::exportView(const QList<Product> &products)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("products") + u".csv"_s);
    const QString path
        = QFileDialog::getSaveFileName(m_owner, tr("Export products"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, products);
}

bool ProductCsvActions::exportTo(const QString &path, const QList<Product> &products)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ProductCsv::write(file, products) || !file.commit()) {
        emit exportFailed(path);
        return false;
    }
    int rows = 0;
    for (const Product &product : products)
        rows += int(product.skus.size());
    emit exported(path, rows);
    return true;
}

void ProductCsvActions::chooseAndImport(const QList<Product> &shopProducts)
{
    const QString path = QFileDialog::getOpenFileName(
        m_owner, tr("Import prices and stock"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, shopProducts);
}

void ProductCsvActions::importFile(const QString &path, const QList<Product> &shopProducts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit importUnreadable(path, file.errorString());
        return;
    }
    if (file.size() > CsvReader::maximumBytes) {
        emit importUnreadable(path, tr("The file is larger than %1 MB.").arg(CsvReader::maximumBytes / (1024 * 1024)));
        return;
    }
    const ProductCsvImport report = ProductCsv::readUpdates(file.readAll(), shopProducts);
    auto *dialog = new CsvImportReportDialog(report, QFileInfo(path).fileName(), m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, edits = report.edits] { emit previewRequested(edits); });
    dialog->open();
}

} // namespace ShopDesk

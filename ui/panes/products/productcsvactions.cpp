#include "productcsvactions.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "bulkeditdialog.h"
#include "csvimportreportdialog.h"
#include "errorpresenter.h"
#include "io/csvreader.h"
#include "sync/productcsv.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductCsvActions::ProductCsvActions(MessageBanner &banner, QWidget *owner)
    : QObject(owner)
    , m_banner(banner)
    , m_owner(owner)
{ }

void ProductCsvActions::showFailure(const QString &title, const QString &text)
{
    ErrorPresentation presentation;
    presentation.title = title;
    presentation.text = text;
    m_banner.showError(presentation);
}

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
        showFailure(tr("The file could not be written"), QDir::toNativeSeparators(path));
        return false;
    }
    int rows = 0;
    for (const Product &product : products)
        rows += int(product.skus.size());
    m_banner.showInfo(
        tr("Exported"), tr("%n SKU row(s) written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
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
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(tr("The file could not be read"), name + u": "_s + file.errorString());
        return;
    }
    if (file.size() > CsvReader::maximumBytes) {
        showFailure(tr("The file could not be read"),
            name + u": "_s + tr("The file is larger than %1 MB.").arg(CsvReader::maximumBytes / (1024 * 1024)));
        return;
    }
    const ProductCsvImport report = ProductCsv::readUpdates(file.readAll(), shopProducts);
    auto *dialog = new CsvImportReportDialog(report, QFileInfo(path).fileName(), m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, edits = report.edits] { preview(edits); });
    dialog->open();
}

void ProductCsvActions::preview(const QList<PlannedEdit> &edits)
{
    auto *dialog = new BulkEditDialog(edits, tr("Changes from the imported file"), m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit editsConfirmed(dialog->edits()); });
    dialog->open();
}

} // namespace ShopDesk

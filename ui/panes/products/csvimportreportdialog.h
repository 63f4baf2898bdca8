#pragma once

#include <QDialog>

#include "sync/productcsv.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace ShopDesk {

/// What an imported price and stock file holds, before anything is sent: how many changes it
/// makes, and every row that will not be sent with its line and reason (unknown seller SKU, a bad
/// number, a duplicate row, a value the API refuses). Going on opens the bulk edit preview of the
/// changes that are valid.
class CsvImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportReportDialog)

public:
    CsvImportReportDialog(const ProductCsvImport &report, const QString &fileName, QWidget *parent = nullptr);

    const ProductCsvImport &report() const { return m_report; }

private:
    const ProductCsvImport m_report;
    QLabel *const m_summary;
    QTableWidget *const m_problems;
    QPushButton *m_continue = nullptr;
};

} // namespace ShopDesk

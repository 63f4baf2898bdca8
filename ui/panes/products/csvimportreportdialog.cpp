#include "csvimportreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

enum ProblemColumn { LineColumn, SellerSkuColumn, ReasonColumn, ColumnCount };

int changedSkus(const ProductCsvImport &report)
{
    QSet<QString> skus;
    for (const PlannedEdit &edit : report.edits)
        skus.insert(edit.skuId);
    return int(skus.size());
}

} // namespace

CsvImportReportDialog::CsvImportReportDialog(const ProductCsvImport &report, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(int(report.problems.size()), ColumnCount, this))
{
    setObjectName(u"csvImportReport"_s);
    setWindowTitle(tr("Import prices and stock from %1").arg(fileName));
    resize(760, 440);
    const int skus = changedSkus(report);
    const int refused = int(report.problems.size());
    QString summary = tr("%n SKU(s) will change.", nullptr, skus);
    if (refused > 0)
        summary += u' ' + tr("%n row(s) have a problem and will not be sent:", nullptr, refused);
    if (report.unchangedRows > 0)
        summary += u' ' + tr("(%n row(s) already match the shop.)", nullptr, report.unchangedRows);
    m_summary->setObjectName(u"csvSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(summary);

    m_problems->setObjectName(u"csvProblems"_s);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Seller SKU"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_problems->setWordWrap(true);
    const QLocale locale;
    for (int row = 0; row < refused; ++row) {
        const CsvProblem &problem = report.problems.at(row);
        auto *line = new QTableWidgetItem(problem.line > 0 ? locale.toString(problem.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(row, LineColumn, line);
        m_problems->setItem(row, SellerSkuColumn, new QTableWidgetItem(problem.sellerSku));
        m_problems->setItem(row, ReasonColumn, new QTableWidgetItem(problem.message));
    }
    m_problems->resizeColumnToContents(LineColumn);
    m_problems->setColumnWidth(SellerSkuColumn, 170);
    m_problems->setVisible(refused > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(
        tr("Preview %n change(s)…", nullptr, int(report.edits.size())), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(u"csvContinue"_s);
    m_continue->setEnabled(!report.edits.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    if (refused == 0)
        layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace ShopDesk

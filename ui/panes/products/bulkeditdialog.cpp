#include "bulkeditdialog.h"

#include <cmath>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "delegates/statuscolours.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

enum PreviewColumn { ProductColumn, SkuColumn, ChangeColumn, BeforeColumn, AfterColumn, ProblemColumn };

} // namespace

BulkEditDialog::BulkEditDialog(QList<Product> products, QWidget *parent)
    : QDialog(parent)
    , m_products(std::move(products))
    , m_operation(new QComboBox(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_quantity(new QSpinBox(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"bulkEditDialog"_s);
    setWindowTitle(tr("Bulk edit %n product(s)", nullptr, int(m_products.size())));
    resize(820, 520);

    using Operation = BulkEditSpec::Operation;
    m_operation->setObjectName(u"bulkOperation"_s);
    m_operation->addItem(tr("Set price to"), int(Operation::SetPrice));
    m_operation->addItem(tr("Raise or lower price by an amount"), int(Operation::ChangePriceByAmount));
    m_operation->addItem(tr("Raise or lower price by percent"), int(Operation::ChangePriceByPercent));
    m_operation->addItem(tr("Set stock in every warehouse to"), int(Operation::SetStock));
    m_operation->addItem(tr("Add to or take from stock"), int(Operation::AdjustStock));
    m_amount->setObjectName(u"bulkAmount"_s);
    m_amount->setDecimals(2);
    m_amount->setRange(-99'999, 99'999);
    m_quantity->setObjectName(u"bulkQuantity"_s);
    m_quantity->setRange(-int(ProductEditRules::maximumStock), int(ProductEditRules::maximumStock));

    m_preview->setObjectName(u"bulkPreview"_s);
    m_preview->setColumnCount(ProblemColumn + 1);
    m_preview->setHorizontalHeaderLabels(
        {tr("Product"), tr("Seller SKU"), tr("Change"), tr("Now"), tr("New"), tr("Cannot be sent because")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::ResizeToContents);
    m_summary->setObjectName(u"bulkSummary"_s);

    m_controls = new QWidget(this);
    auto *form = new QFormLayout(m_controls);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Change:"), m_operation);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Quantity:"), m_quantity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_operation, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &BulkEditDialog::updatePreview);
    connect(m_quantity, &QSpinBox::valueChanged, this, &BulkEditDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

BulkEditDialog::BulkEditDialog(const QList<PlannedEdit> &edits, const QString &title, QWidget *parent)
    : BulkEditDialog(QList<Product>(), parent)
{
    setWindowTitle(title);
    m_fixed = true;
    m_controls->hide();
    m_edits = edits;
    showPreview();
}

bool BulkEditDialog::isPriceOperation() const
{
    const auto operation = BulkEditSpec::Operation(m_operation->currentData().toInt());
    return operation == BulkEditSpec::Operation::SetPrice || operation == BulkEditSpec::Operation::ChangePriceByAmount
        || operation == BulkEditSpec::Operation::ChangePriceByPercent;
}

void BulkEditDialog::setOperation(BulkEditSpec::Operation operation)
{
    m_operation->setCurrentIndex(m_operation->findData(int(operation)));
}

void BulkEditDialog::setAmount(double value)
{
    if (isPriceOperation())
        m_amount->setValue(value);
    else
        m_quantity->setValue(int(value));
}

BulkEditSpec BulkEditDialog::spec() const
{
    BulkEditSpec spec;
    spec.operation = BulkEditSpec::Operation(m_operation->currentData().toInt());
    // The spin box holds two decimals; minor units and basis points are exact hundredths of it.
    const qint64 hundredths = std::llround(m_amount->value() * 100);
    spec.amount = hundredths;
    spec.basisPoints = hundredths;
    spec.quantity = m_quantity->value();
    return spec;
}

int BulkEditDialog::validCount() const
{
    return int(std::count_if(m_edits.cbegin(), m_edits.cend(), [](const PlannedEdit &edit) { return edit.isValid(); }));
}

void BulkEditDialog::updatePreview()
{
    const bool price = isPriceOperation();
    const bool percent
        = BulkEditSpec::Operation(m_operation->currentData().toInt()) == BulkEditSpec::Operation::ChangePriceByPercent;
    m_amount->setEnabled(price);
    m_amount->setSuffix(percent ? u" %"_s : QString());
    m_quantity->setEnabled(!price);
    if (m_operation->currentData().toInt() == int(BulkEditSpec::Operation::SetStock))
        m_quantity->setMinimum(int(ProductEditRules::minimumStock));
    else
        m_quantity->setMinimum(-int(ProductEditRules::maximumStock));

    if (m_fixed)
        return;
    m_edits = ProductEditPlanner::bulk(m_products, spec());
    showPreview();
}

void BulkEditDialog::showPreview()
{
    m_preview->setRowCount(int(m_edits.size()));
    for (int row = 0; row < m_edits.size(); ++row) {
        const PlannedEdit &edit = m_edits.at(row);
        const QStringList cells{edit.productTitle, edit.sellerSku,
            edit.kind == CommandKind::SetPrice ? tr("Price") : tr("Stock"), edit.beforeText(), edit.afterText(),
            edit.problem};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == BeforeColumn || column == AfterColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!edit.isValid())
                item->setForeground(StatusColours::text(StatusTone::Bad, m_preview->palette()));
            m_preview->setItem(row, column, item);
        }
    }
    const int valid = validCount();
    const int refused = int(m_edits.size()) - valid;
    m_summary->setText(refused == 0
            ? tr("%n SKU(s) will change.", nullptr, valid)
            : tr("%n SKU(s) will change; %1 cannot and will be left as they are.", nullptr, valid).arg(refused));
    QPushButton *apply = m_buttons->button(QDialogButtonBox::Ok);
    apply->setText(tr("Apply %n change(s)", nullptr, valid));
    apply->setEnabled(valid > 0);
}

} // namespace ShopDesk

#include "listingskueditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ShopDesk {

ListingSkuEditor::ListingSkuEditor(QWidget *parent)
    : QWidget(parent)
    , m_variation(new QComboBox(this))
    , m_table(new QTableWidget(1, FirstStockColumn, this))
    , m_add(new QPushButton(tr("Add SKU"), this))
    , m_remove(new QPushButton(tr("Remove SKU"), this))
{
    setObjectName(u"listingSkuEditor"_s);
    m_variation->setObjectName(u"listingVariation"_s);
    m_variation->addItem(tr("Nothing (one SKU)"));
    m_table->setObjectName(u"listingSkus"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add->setObjectName(u"listingAddSku"_s);
    m_remove->setObjectName(u"listingRemoveSku"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("SKUs vary by:"), this));
    top->addWidget(m_variation);
    top->addStretch(1);
    top->addWidget(m_add);
    top->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &ListingSkuEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ListingSkuEditor::removeSelected);
    connect(m_variation, &QComboBox::currentIndexChanged, this, &ListingSkuEditor::updateHeader);
    connect(m_table, &QTableWidget::itemChanged, this, &ListingSkuEditor::skusChanged);
    updateHeader();
}

void ListingSkuEditor::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateHeader();
}

void ListingSkuEditor::setWarehouses(const QList<Warehouse> &warehouses)
{
    m_warehouses = warehouses;
    m_table->setColumnCount(FirstStockColumn + int(warehouses.size()));
    updateHeader();
}

void ListingSkuEditor::setAttributes(const QList<CategoryAttribute> &attributes)
{
    const QString current = m_variation->currentIndex() > 0 ? m_variation->currentText() : QString();
    m_salesAttributes.clear();
    while (m_variation->count() > 1)
        m_variation->removeItem(1);
    for (const CategoryAttribute &attribute : attributes) {
        if (attribute.type != AttributeType::Sales)
            continue;
        m_salesAttributes.append(attribute);
        m_variation->addItem(attribute.name);
    }
    if (!current.isEmpty())
        chooseVariation(current);
}

bool ListingSkuEditor::chooseVariation(const QString &attributeName)
{
    const int index = m_variation->findText(attributeName);
    if (index < 1)
        return false;
    m_variation->setCurrentIndex(index);
    return true;
}

void ListingSkuEditor::updateHeader()
{
    QStringList labels{m_variation->currentIndex() > 0 ? m_variation->currentText() : tr("Option"), tr("Seller SKU"),
        m_currency.isEmpty() ? tr("Price") : tr("Price (%1)").arg(m_currency)};
    for (const Warehouse &warehouse : std::as_const(m_warehouses))
        labels.append(tr("Stock: %1").arg(warehouse.name.isEmpty() ? warehouse.id : warehouse.name));
    m_table->setHorizontalHeaderLabels(labels);
    // A single SKU needs no option.
    m_table->setColumnHidden(OptionColumn, m_variation->currentIndex() == 0);
    m_table->resizeColumnsToContents();
}

void ListingSkuEditor::addRow()
{
    m_table->insertRow(m_table->rowCount());
    if (m_variation->currentIndex() == 0 && m_salesAttributes.size() > 0)
        m_variation->setCurrentIndex(1); // several SKUs must vary by something
    emit skusChanged();
}

void ListingSkuEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    emit skusChanged();
}

void ListingSkuEditor::fillRow(
    int row, const QString &option, const QString &sellerSku, const QString &price, const QStringList &stock)
{
    while (m_table->rowCount() <= row)
        m_table->insertRow(m_table->rowCount());
    const QStringList cells = QStringList{option, sellerSku, price} + stock;
    for (int column = 0; column < cells.size() && column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString ListingSkuEditor::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<DraftSku> ListingSkuEditor::skus(QStringList &problems) const
{
    QList<DraftSku> skus;
    const int variation = m_variation->currentIndex() - 1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        DraftSku sku;
        sku.sellerSku = cellText(row, SellerSkuColumn);
        const QString name = sku.sellerSku.isEmpty() ? tr("SKU %1").arg(row + 1) : sku.sellerSku;
        const QString price = cellText(row, PriceColumn);
        const Result<Money> money = Money::fromDecimal(price, m_currency);
        if (money)
            sku.price = money.value();
        else if (price.isEmpty())
            problems.append(tr("%1: give a price.").arg(name));
        else
            problems.append(tr("%1: “%2” is not a price in %3.").arg(name, price, m_currency));
        for (int w = 0; w < m_warehouses.size(); ++w) {
            const QString text = cellText(row, FirstStockColumn + w);
            bool ok = text.isEmpty();
            const qint64 quantity = ok ? 0 : text.toLongLong(&ok);
            if (!ok)
                problems.append(tr("%1: “%2” is not a whole number of items.").arg(name, text));
            else
                sku.inventory.append({m_warehouses.at(w).id, quantity});
        }
        if (variation >= 0 && variation < m_salesAttributes.size()) {
            const CategoryAttribute &attribute = m_salesAttributes.at(variation);
            SalesAttribute chosen{attribute.id, attribute.name, {}, cellText(row, OptionColumn), {}};
            for (const AttributeValue &value : attribute.values) {
                if (value.name.compare(chosen.valueName, Qt::CaseInsensitive) == 0)
                    chosen.valueId = value.id;
            }
            sku.salesAttributes.append(chosen);
        }
        skus.append(sku);
    }
    return skus;
}

} // namespace ShopDesk

#include "productchoice.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ShopDesk {

void ProductChoice::fill(QComboBox *combo, const QList<Product> &products)
{
    combo->clear();
    for (const Product &product : products) {
        if (product.status == ProductStatus::Activate && !product.skus.isEmpty())
            combo->addItem(labelOf(product), product.id);
    }
    if (QCompleter *completer = combo->completer()) {
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    combo->setCurrentIndex(combo->count() > 0 ? 0 : -1);
    // Long titles read from their start, not from where the cursor was left.
    if (combo->lineEdit())
        combo->lineEdit()->setCursorPosition(0);
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo] {
        if (combo->lineEdit())
            combo->lineEdit()->setCursorPosition(0);
    });
}

QString ProductChoice::chosenId(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index < 0 ? QString() : combo->itemData(index).toString();
}

QString ProductChoice::labelOf(const Product &product)
{
    const QString sku = product.skus.isEmpty() ? QString() : product.skus.first().sellerSku;
    return sku.isEmpty() ? product.title : u"%1 · %2"_s.arg(product.title, sku);
}

} // namespace ShopDesk

#include "listingattributesform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ShopDesk {

ListingAttributesForm::ListingAttributesForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_empty(new QLabel(tr("Choose a category to see its attributes."), this))
{
    setObjectName(u"listingAttributes"_s);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_empty->setWordWrap(true);
    m_form->addRow(m_empty);
}

void ListingAttributesForm::setAttributes(const QList<CategoryAttribute> &attributes)
{
    while (m_form->rowCount() > 1)
        m_form->removeRow(1);
    m_fields.clear();
    m_attributes.clear();
    for (const CategoryAttribute &attribute : attributes) {
        if (attribute.type != AttributeType::Product)
            continue;
        m_attributes.append(attribute);
        auto *field = new QComboBox(this);
        field->setObjectName(u"listingAttribute_"_s + attribute.id);
        field->setEditable(attribute.customizable);
        field->addItem(attribute.required ? tr("Choose…") : tr("(none)"), QString());
        for (const AttributeValue &value : attribute.values)
            field->addItem(value.name, value.id);
        if (field->lineEdit())
            field->lineEdit()->setPlaceholderText(tr("Choose or type a value"));
        field->setCurrentIndex(0);
        if (attribute.customizable)
            field->setEditText({});
        const QString label
            = attribute.required ? tr("%1 *", "required attribute").arg(attribute.name) : attribute.name;
        if (attribute.required)
            field->setToolTip(tr("Required in this category"));
        m_form->addRow(label + u':', field);
        m_fields.insert(attribute.id, field);
    }
    m_empty->setVisible(m_attributes.isEmpty());
    m_empty->setText(
        attributes.isEmpty() ? tr("Choose a category to see its attributes.") : tr("This category has no attributes."));
}

bool ListingAttributesForm::setValue(const QString &attributeName, const QString &value)
{
    for (const CategoryAttribute &attribute : std::as_const(m_attributes)) {
        if (attribute.name != attributeName)
            continue;
        QComboBox *field = m_fields.value(attribute.id);
        const int index = field->findText(value);
        if (index >= 0)
            field->setCurrentIndex(index);
        else if (field->isEditable())
            field->setEditText(value);
        else
            return false;
        return true;
    }
    return false;
}

QList<ProductAttribute> ListingAttributesForm::values() const
{
    QList<ProductAttribute> values;
    for (const CategoryAttribute &attribute : m_attributes) {
        const QComboBox *field = m_fields.value(attribute.id);
        const QString text = field->currentText().trimmed();
        const int index = field->findText(text);
        const QString id = index > 0 ? field->itemData(index).toString() : QString();
        if (id.isEmpty() && (index == 0 || text.isEmpty()))
            continue;
        values.append({attribute.id, attribute.name, {{id, id.isEmpty() ? text : field->itemText(index)}}});
    }
    return values;
}

} // namespace ShopDesk

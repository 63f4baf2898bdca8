#pragma once

#include <QHash>
#include <QWidget>

#include "domain/listingcatalog.h"
#include "domain/productdetail.h"

class QComboBox;
class QFormLayout;
class QLabel;

namespace ShopDesk {

/// The product attributes of the chosen category, one field each, the required ones marked with an
/// asterisk. Customizable attributes take the seller's own value besides the platform's.
class ListingAttributesForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingAttributesForm)

public:
    explicit ListingAttributesForm(QWidget *parent = nullptr);

    void setAttributes(const QList<CategoryAttribute> &attributes);
    /// Sets a field by attribute name, as typing or choosing would; false when there is none.
    bool setValue(const QString &attributeName, const QString &value);
    /// The attributes given a value.
    QList<ProductAttribute> values() const;

private:
    QFormLayout *const m_form;
    QLabel *const m_empty;
    QList<CategoryAttribute> m_attributes;
    QHash<QString, QComboBox *> m_fields;
};

} // namespace ShopDesk

#pragma once

#include <QDialog>

#include "domain/product.h"
#include "sync/productedits.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ShopDesk {

/// Bulk edit of the selected products' SKUs: choose what to change, see every SKU's old and new
/// value (and what cannot be sent, and why) before anything is sent.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(QList<Product> products, QWidget *parent = nullptr);
    /// Previews edits planned elsewhere (a CSV import): the same preview and apply button, with no
    /// operation to choose.
    BulkEditDialog(const QList<PlannedEdit> &edits, const QString &title, QWidget *parent = nullptr);

    /// The previewed edits, valid or not; only valid ones are sent.
    const QList<PlannedEdit> &edits() const { return m_edits; }
    int validCount() const;

    // For tests and keyboard users: the same as using the controls.
    void setOperation(BulkEditSpec::Operation operation);
    void setAmount(double value);

private:
    BulkEditSpec spec() const;
    void updatePreview();
    void showPreview();
    bool isPriceOperation() const;

    const QList<Product> m_products;
    QList<PlannedEdit> m_edits;
    QComboBox *const m_operation;
    QDoubleSpinBox *const m_amount;
    QSpinBox *const m_quantity;
    QTableWidget *const m_preview;
    QLabel *const m_summary;
    QDialogButtonBox *const m_buttons;
    QWidget *m_controls = nullptr;
    bool m_fixed = false;
};

} // namespace ShopDesk

#pragma once

#include <QDialog>
#include <QList>

#include "store/auditlog.h"

class QDateEdit;
class QLabel;
class QTableWidget;

namespace ShopDesk {

class ShopOutbox;

/// The audit log of the shop: every change made through ShopDesk in a date range, with what it
/// was before and after and how it ended; exportable to CSV.
class ChangeHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHistoryDialog)

public:
    explicit ChangeHistoryDialog(ShopOutbox &outbox, QWidget *parent = nullptr);

    const QList<AuditEntry> &entries() const { return m_entries; }
    /// Writes the entries shown to `path`; the error text, or empty on success.
    QString exportTo(const QString &path) const;

private:
    void reload();
    void exportWithDialog();

    ShopOutbox &m_outbox;
    QList<AuditEntry> m_entries;
    QDateEdit *const m_from;
    QDateEdit *const m_until;
    QTableWidget *const m_table;
    QLabel *const m_summary;
};

} // namespace ShopDesk

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace ShopDesk {

class OutboxTableModel;
class ShopOutbox;

/// Every change not done yet — waiting, being sent, failed, or to be checked on the server — with
/// Retry and Discard for the ones that need the seller.
class PendingChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesDialog)

public:
    explicit PendingChangesDialog(ShopOutbox &outbox, QWidget *parent = nullptr);

    OutboxTableModel &model() { return *m_model; }
    void retrySelected();
    void discardSelected();

private:
    QStringList selectedClientIds() const;
    void reload();
    void updateButtons();

    ShopOutbox &m_outbox;
    OutboxTableModel *const m_model;
    QTableView *const m_table;
    QLabel *const m_summary;
    QPushButton *const m_retry;
    QPushButton *const m_discard;
};

} // namespace ShopDesk

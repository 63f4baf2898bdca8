#pragma once

#include <memory>

#include <QDialog>

#include "domain/commissionrate.h"
#include "domain/product.h"

namespace Ui {
class OpenCollaborationDialog;
}

namespace ShopDesk {

/// Asks for a product and the public commission of a new open collaboration. OK only closes the
/// dialog once the input is complete; the caller sends it.
class OpenCollaborationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenCollaborationDialog)

public:
    OpenCollaborationDialog(const QList<Product> &products, QWidget *parent = nullptr);
    ~OpenCollaborationDialog() override;

    QString productId() const;
    /// In hundredths of a percent: 12.5 % is 1250.
    CommissionRate commission() const;
    /// What keeps the input from being sent, in words; empty when nothing does.
    QString problem() const;

    void accept() override;

private:
    const std::unique_ptr<Ui::OpenCollaborationDialog> m_ui;
};

} // namespace ShopDesk

#pragma once

#include <memory>

#include <QDialog>

#include "domain/collaboration.h"
#include "domain/creator.h"
#include "domain/product.h"

namespace Ui {
class TargetCollaborationDialog;
}

namespace ShopDesk {

class Clock;

/// Asks for everything a target collaboration needs: a name, an end time, products each with its
/// commission, up to 50 creators picked from the creator search, the free-sample rule and a
/// message. It checks the input against the API's rules before it lets OK close, and says what to
/// fix; the caller sends the result.
class TargetCollaborationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetCollaborationDialog)

public:
    static constexpr qsizetype maxMessageLength = 500;

    TargetCollaborationDialog(const QList<Product> &products, const QList<Creator> &creators,
        const QStringList &checkedCreatorIds, const Clock &clock, QWidget *parent = nullptr);
    ~TargetCollaborationDialog() override;

    TargetCollaboration collaboration() const;
    /// The first thing that keeps the input from being sent, in words; empty when nothing does.
    QString problem() const;
    /// Adds `productId` at `commission`, or changes its commission when it is listed already.
    void addProduct(const QString &productId, CommissionRate commission);

    void accept() override;

private:
    void handleAddProduct();
    void handleRemoveProduct();
    void updateCreatorCount();

    const std::unique_ptr<Ui::TargetCollaborationDialog> m_ui;
    const Clock &m_clock;
    QHash<QString, QString> m_productLabels;
};

} // namespace ShopDesk

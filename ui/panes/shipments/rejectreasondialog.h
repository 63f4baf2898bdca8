#pragma once

#include <QDialog>
#include <QPointer>

#include "api/apireply.h"
#include "domain/aftersale.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ShopDesk {

class ReturnService;

/// Asks why the seller rejects returns or cancellations: the reasons come from the server for the
/// first of them (`GET reject_reasons`, reference section 5.4), plus an optional note for the buyer.
class RejectReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectReasonDialog)

public:
    RejectReasonDialog(ReturnService &returns, const QString &requestId, int count, QWidget *parent = nullptr);
    ~RejectReasonDialog() override;

    RejectReason reason() const;
    QString comment() const;

private:
    void handleReasons(Reply<QList<RejectReason>> *reply);

    QLabel *const m_intro;
    QComboBox *const m_reasons;
    QLineEdit *const m_comment;
    QLabel *const m_status;
    QDialogButtonBox *const m_buttons;
    QList<RejectReason> m_loaded;
    QPointer<Reply<QList<RejectReason>>> m_pending;
};

} // namespace ShopDesk

#include "rejectreasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "api/returnservice.h"
#include "errorpresenter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int maxCommentLength = 500;

} // namespace

RejectReasonDialog::RejectReasonDialog(ReturnService &returns, const QString &requestId, int count, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_reasons(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"rejectReasonDialog"_s);
    setWindowTitle(tr("Reject requests"));
    m_reasons->setObjectName(u"rejectReason"_s);
    m_comment->setObjectName(u"rejectComment"_s);
    m_status->setObjectName(u"rejectStatus"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Reject %n request(s). The buyer sees the reason and your note.", nullptr, count));
    m_comment->setMaxLength(maxCommentLength);
    m_comment->setPlaceholderText(tr("Optional note for the buyer"));
    m_reasons->setMinimumWidth(360);
    m_reasons->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setText(tr("Loading the reasons…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reasons);
    form->addRow(tr("Note:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    Reply<QList<RejectReason>> *reply = returns.rejectReasons(requestId);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { handleReasons(reply); });
}

RejectReasonDialog::~RejectReasonDialog()
{
    if (m_pending)
        m_pending->cancel();
}

void RejectReasonDialog::handleReasons(Reply<QList<RejectReason>> *reply)
{
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled)
            m_status->setText(ErrorPresenter::present(*reply->error()).text);
        return;
    }
    m_loaded = reply->value();
    for (const RejectReason &reason : std::as_const(m_loaded))
        m_reasons->addItem(reason.text, reason.name);
    const bool any = !m_loaded.isEmpty();
    m_reasons->setEnabled(any);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    m_status->setText(any ? QString() : tr("The shop offers no reason to reject this request."));
    m_status->setVisible(!any);
}

RejectReason RejectReasonDialog::reason() const
{
    const int at = m_reasons->currentIndex();
    return at >= 0 && at < m_loaded.size() ? m_loaded.at(at) : RejectReason{};
}

QString RejectReasonDialog::comment() const
{
    return m_comment->text().trimmed();
}

} // namespace ShopDesk

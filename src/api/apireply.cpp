#include "apireply.h"

#include <QTimer>

namespace ShopDesk {

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{ }

ApiReply::~ApiReply() = default;

void ApiReply::cancel()
{
    if (m_finished)
        return;
    // The handler aborts the work underneath; take it first so that it cannot run twice.
    if (auto handler = std::exchange(m_cancelHandler, nullptr))
        handler();
    finishWithError(ApiError::cancelled());
}

void ApiReply::reportProgress(qint64 done, qint64 total)
{
    if (!m_finished)
        emit progress(done, total);
}

void ApiReply::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_requestId.isEmpty())
        m_requestId = error.requestId;
    finish();
}

void ApiReply::finishWithErrorLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

void ApiReply::finishWithSuccess()
{
    if (!m_finished)
        finish();
}

void ApiReply::finish()
{
    m_finished = true;
    m_cancelHandler = nullptr;
    emit finished();
    deleteLater();
}

} // namespace ShopDesk

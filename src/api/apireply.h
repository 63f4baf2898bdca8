#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QObject>

#include "api/apierror.h"
#include "core/result.h"

namespace ShopDesk {

/// The handle every asynchronous API call returns (STYLE.md section 7). `finished()` is emitted
/// exactly once — also after cancel() — and the reply deletes itself afterwards, so a caller
/// connects with itself as context and copies what it needs inside the slot.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    explicit ApiReply(QObject *parent = nullptr);
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    const std::optional<ApiError> &error() const { return m_error; }
    /// The server's request id of the last envelope read, for support requests.
    QString requestId() const { return m_requestId; }

    /// Stops the work; finished() follows with an ApiError of category Cancelled.
    void cancel();

    // Producer side, used by ApiClient and the services.
    void setRequestId(const QString &requestId) { m_requestId = requestId; }
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void reportProgress(qint64 done, qint64 total);
    void finishWithError(const ApiError &error);
    /// Finishes later from the event loop, for failures found before the caller could connect.
    void finishWithErrorLater(const ApiError &error);
    void finishWithSuccess();

signals:
    void finished();
    void progress(qint64 done, qint64 total);

private:
    void finish();

    std::optional<ApiError> m_error;
    QString m_requestId;
    std::function<void()> m_cancelHandler;
    bool m_finished = false;
};

/// A reply with a typed value; value() is meaningful once finished() came without an error.
template <typename T>
class Reply final : public ApiReply
{
public:
    using ApiReply::ApiReply;

    const T &value() const { return m_value; }
    void finishWithValue(T value)
    {
        m_value = std::move(value);
        finishWithSuccess();
    }

private:
    T m_value{};
};

/// The reply of a paged walk. A consumer that falls behind holds it: the walk then asks for no
/// further page until released (a page asked for already still comes).
class PagedReply final : public ApiReply
{
public:
    using ApiReply::ApiReply;

    bool isHeld() const { return m_held; }
    void hold() { m_held = true; }
    void release()
    {
        m_held = false;
        if (auto next = std::exchange(m_next, nullptr); next && !isFinished())
            next();
    }
    /// Producer side: asks for the next page now, or on release() while held.
    void askWhenReleased(std::function<void()> next)
    {
        if (m_held)
            m_next = std::move(next);
        else
            next();
    }

private:
    bool m_held = false;
    std::function<void()> m_next;
};

/// Finishes `outer` when `inner` finishes: with inner's error, or with what `transform` makes of the
/// finished inner reply (a Result, whose error becomes a decode ApiError). Cancel and progress pass
/// through, so a service can wrap a lower-level call in a typed reply in one line.
template <typename T, typename Inner, typename Transform>
void chainReply(Inner *inner, Reply<T> *outer, Transform transform)
{
    outer->setCancelHandler([inner] { inner->cancel(); });
    QObject::connect(inner, &ApiReply::progress, outer, &ApiReply::reportProgress);
    QObject::connect(inner, &ApiReply::finished, outer, [inner, outer, transform = std::move(transform)]() mutable {
        outer->setRequestId(inner->requestId());
        if (inner->hasError()) {
            outer->finishWithError(*inner->error());
            return;
        }
        Result<T> result = transform(*inner);
        if (result)
            outer->finishWithValue(std::move(result).value());
        else
            outer->finishWithError(ApiError::decode(result.error().toString(), inner->requestId()));
    });
}

} // namespace ShopDesk

#pragma once

#include <QCoreApplication>
#include <QString>

#include "api/apierror.h"
#include "security/credentialstore.h"

namespace ShopDesk {

/// How an error is shown: a translated title, what to do about it and the one action offered.
struct ErrorPresentation
{
    enum class Action { None, Retry, SignInAgain, OpenSettings };

    QString title;
    QString text;
    Action action = Action::None;
    QString actionText;
};

/// The one place that turns an ApiError into words for the seller (STYLE.md section 8): never raw
/// JSON or a bare code, always what to do next; the request id is kept for support.
class ErrorPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static ErrorPresentation present(const ApiError &error);
    /// The system keychain's failures, where ShopDesk keeps every secret.
    static ErrorPresentation present(const KeychainFailure &failure);
};

} // namespace ShopDesk

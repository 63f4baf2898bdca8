#include "errorpresenter.h"

namespace ShopDesk {

namespace {

ErrorPresentation describe(const ApiError &error)
{
    using Action = ErrorPresentation::Action;
    switch (error.category) {
    case ApiErrorCategory::AuthExpired:
        return {ErrorPresenter::tr("Your sign-in has expired"),
            ErrorPresenter::tr("ShopDesk could not renew access to the shop. Try again; if it keeps "
                               "happening, sign in to the shop again."),
            Action::Retry, ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::Reauthorize:
        return {ErrorPresenter::tr("The shop needs to be authorized again"),
            ErrorPresenter::tr("TikTok Shop no longer accepts ShopDesk's access for this shop. Authorize the "
                               "shop again to continue."),
            Action::SignInAgain, ErrorPresenter::tr("Authorize again")};
    case ApiErrorCategory::Permission:
        return {ErrorPresenter::tr("ShopDesk is not allowed to do this"),
            ErrorPresenter::tr("The app is missing a permission for this shop. Add the permission in "
                               "Partner Center, then authorize the shop again."),
            Action::SignInAgain, ErrorPresenter::tr("Authorize again")};
    case ApiErrorCategory::ShopMismatch:
        return {ErrorPresenter::tr("This belongs to another shop"),
            ErrorPresenter::tr("The item is not part of the selected shop. Switch to the right shop and try "
                               "again."),
            Action::None, {}};
    case ApiErrorCategory::InvalidParameter:
        return {ErrorPresenter::tr("TikTok Shop refused the request"),
            ErrorPresenter::tr("The server says: %1").arg(error.message), Action::None, {}};
    case ApiErrorCategory::Signature:
        return {ErrorPresenter::tr("The request could not be verified"),
            ErrorPresenter::tr("Check that the app secret is right and that this computer's clock is set "
                               "correctly, then try again."),
            Action::OpenSettings, ErrorPresenter::tr("Open settings")};
    case ApiErrorCategory::RateLimited:
        return {ErrorPresenter::tr("TikTok Shop asked ShopDesk to slow down"),
            ErrorPresenter::tr("Too many requests were sent in a short time. Wait a moment and try again."),
            Action::Retry, ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::Server:
        return {ErrorPresenter::tr("TikTok Shop is having trouble"),
            ErrorPresenter::tr("The server could not answer right now. Try again in a few minutes."), Action::Retry,
            ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::Network:
        return {ErrorPresenter::tr("Cannot reach TikTok Shop"),
            ErrorPresenter::tr("Check the internet connection, then try again. (%1)").arg(error.message), Action::Retry,
            ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::Timeout:
        return {ErrorPresenter::tr("TikTok Shop took too long to answer"),
            ErrorPresenter::tr("The connection may be slow. Try again."), Action::Retry,
            ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::Decode:
        return {ErrorPresenter::tr("The answer from TikTok Shop could not be read"),
            ErrorPresenter::tr("Nothing was changed. Try again; if it keeps happening, report it with the "
                               "details below. (%1)")
                .arg(error.message),
            Action::Retry, ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::LocalStore:
        return {ErrorPresenter::tr("ShopDesk could not save to its offline cache"),
            ErrorPresenter::tr("Nothing was lost on TikTok Shop. Free some disk space or make the data folder "
                               "writable, then try again. (%1)")
                .arg(error.message),
            Action::Retry, ErrorPresenter::tr("Try again")};
    case ApiErrorCategory::PartialFailure:
        return {ErrorPresenter::tr("Some items failed"),
            ErrorPresenter::tr("The rest were done. Each failed row shows why."), Action::Retry,
            ErrorPresenter::tr("Retry failed")};
    case ApiErrorCategory::Cancelled:
        return {ErrorPresenter::tr("Cancelled"), ErrorPresenter::tr("Nothing more will be sent."), Action::None, {}};
    }
    return {};
}

} // namespace

ErrorPresentation ErrorPresenter::present(const ApiError &error)
{
    ErrorPresentation presentation = describe(error);
    if (!error.requestId.isEmpty())
        presentation.text += u' ' + tr("Request ID: %1").arg(error.requestId);
    return presentation;
}

ErrorPresentation ErrorPresenter::present(const KeychainFailure &failure)
{
    using Action = ErrorPresentation::Action;
    switch (failure.reason) {
    case KeychainFailure::Reason::NotFound:
        return {tr("The shop's keys are missing"),
            tr("The system keychain no longer holds this shop's access. Connect the shop again."), Action::SignInAgain,
            tr("Connect again")};
    case KeychainFailure::Reason::NoBackend:
        return {tr("No system keychain is available"),
            tr("ShopDesk keeps shop access only in the system keychain. Start GNOME Keyring or KWallet, then try "
               "again."),
            Action::Retry, tr("Try again")};
    case KeychainFailure::Reason::Locked:
        return {tr("The keychain is locked"), tr("Unlock the login keyring, then try again."), Action::Retry,
            tr("Try again")};
    case KeychainFailure::Reason::Denied:
        return {tr("The keychain refused access"), tr("Allow ShopDesk to use the keychain, then try again."),
            Action::Retry, tr("Try again")};
    case KeychainFailure::Reason::TimedOut:
        return {tr("The keychain did not answer"),
            tr("It may be waiting to be unlocked. Unlock the login keyring, then try again."), Action::Retry,
            tr("Try again")};
    case KeychainFailure::Reason::Other:
        break;
    }
    return {tr("The keychain reported a problem"), failure.detail, Action::Retry, tr("Try again")};
}

} // namespace ShopDesk

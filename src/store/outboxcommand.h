#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

namespace ShopDesk {

/// What a write does; each kind has one CommandHandler that sends it and checks it on the server.
enum class CommandKind {
    SetStock,
    SetPrice,
    ShipPackage,
    CreateProduct,
    ActivateProducts,
    DeactivateProducts,
    DeleteProducts,
    ApproveReturn,
    RejectReturn,
    ApproveCancellation,
    RejectCancellation,
    CreateOpenCollaboration,
    CreateTargetCollaboration,
};

/// pending → sending → done | failed | needs-review; failed and needs-review go back to pending when
/// the seller retries, or to discarded.
enum class OutboxState { Pending, Sending, Done, Failed, NeedsReview, Discarded };

QString commandKindName(CommandKind kind);
std::optional<CommandKind> commandKindFromName(QStringView name);
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(QStringView name);

/// One write the seller asked for, stored before it is sent. `payload` holds what the handler needs
/// to send it and the values before the change, for the audit log and for undo.
struct OutboxCommand
{
    /// Generated on the client; unique across shops and restarts.
    QString clientId;
    QString shopId;
    CommandKind kind = CommandKind::SetStock;
    /// The object written: a SKU for stock and price, a package for shipping, a product for its
    /// status, a return or cancellation for the decisions on them. A create names the product once
    /// the server has given it an id, its client id before.
    QString objectId;
    QJsonObject payload;
    /// Commands created together by one user action (a bulk edit, a batch ship); empty otherwise.
    QString batchId;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    QString requestId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isFinal() const { return state == OutboxState::Done || state == OutboxState::Discarded; }
};

} // namespace ShopDesk

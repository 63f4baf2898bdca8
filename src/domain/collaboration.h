#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/commissionrate.h"

namespace ShopDesk {

/// NORMAL, or TERMINATING once the seller removed it and it runs out at the commission's end time.
enum class OpenCollaborationStatus { Unknown, Normal, Terminating };

QString openCollaborationStatusToApi(OpenCollaborationStatus status);
OpenCollaborationStatus openCollaborationStatusFromApi(QStringView text);

/// One product offered to every creator at a public commission (reference section 5.5).
struct OpenCollaboration
{
    QString id;
    QString productId;
    /// The search names the product; the create answer does not.
    QString productTitle;
    CommissionRate commissionRate = 0;
    /// When the current commission took effect (`effective_time` on create); epoch seconds.
    qint64 startTime = 0;
    /// When it stops; 0 while open-ended.
    qint64 endTime = 0;
    OpenCollaborationStatus status = OpenCollaborationStatus::Unknown;
    qint64 showcaseCreatorCount = 0;
    qint64 contentCreatorCount = 0;
    bool requireSellerApproval = false;

    bool operator==(const OpenCollaboration &other) const = default;
};

/// Whether invited creators get a free sample, and whether they get it without the seller's review.
struct FreeSampleRule
{
    bool hasFreeSample = false;
    bool sampleApprovalExempt = false;

    bool operator==(const FreeSampleRule &other) const = default;
};

struct TargetProduct
{
    QString productId;
    CommissionRate commissionRate = 0;

    bool operator==(const TargetProduct &other) const = default;
};

/// Derived from the end time, the way the search's `collaboration_status` filter defines it:
/// ONGOING has more than seven days left, EXPIRING less, COMPLETED has ended.
enum class TargetCollaborationStatus { Ongoing, Expiring, Completed };

/// A private invitation of chosen creators to chosen products at their own commissions.
struct TargetCollaboration
{
    /// Limits of `POST /affiliate_seller/202508/target_collaborations` (reference section 5.5).
    static constexpr qsizetype maxProducts = 100;
    static constexpr qsizetype maxCreators = 50;
    static constexpr qint64 expiringWithinSeconds = 7 * 86400;

    QString id;
    QString name;
    QString message;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 updateTime = 0;
    /// Sent on create; the search reports only `product_count`.
    QList<TargetProduct> products;
    /// `creator_user_open_ids`, sent on create; the search reports only the invited count.
    QStringList creatorOpenIds;
    FreeSampleRule freeSampleRule;
    QString sellerEmail;
    qint64 productCount = 0;
    qint64 creatorInvitedCount = 0;
    qint64 showcaseCreatorCount = 0;
    qint64 contentCreatorCount = 0;
    /// STANDARD or TOP_CREATOR_PROGRAM.
    QString type;

    TargetCollaborationStatus statusAt(qint64 now) const;
    bool operator==(const TargetCollaboration &other) const = default;
};

/// A creator already bound to a product by another target collaboration; the API reports these
/// inside a successful answer.
struct TargetCollaborationConflict
{
    QString creatorOpenId;
    QString productId;

    bool operator==(const TargetCollaborationConflict &other) const = default;
};

struct CreatedTargetCollaboration
{
    QString id;
    QList<TargetCollaborationConflict> conflicts;
};

} // namespace ShopDesk

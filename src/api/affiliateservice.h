#pragma once

#include <optional>

#include <QList>
#include <QObject>

#include "api/apireply.h"
#include "domain/affiliateorder.h"
#include "domain/collaboration.h"
#include "domain/creatorcodec.h"

namespace ShopDesk {

class ApiClient;
class ImageFetcher;

/// The creator marketplace answers pages of 12 or 20 creators only (reference section 5.5).
enum class CreatorPageSize { Small = 12, Large = 20 };

/// The filters of a creator marketplace search; unset fields do not filter.
struct CreatorQuery
{
    QString keyword;
    std::optional<qint64> followersAtLeast;
    std::optional<qint64> followersAtMost;
    QList<GmvRange> gmvRanges;
    QList<UnitsSoldRange> unitsSoldRanges;
};

/// Affiliate orders created in `[createTimeGe, createTimeLt)` (epoch seconds), optionally of one
/// program: an open or target collaboration id.
struct AffiliateOrderQuery
{
    std::optional<qint64> createTimeGe;
    std::optional<qint64> createTimeLt;
    QString programId;
};

/// The seller side of the affiliate program (reference section 5.5): finding creators, creating
/// and listing open and target collaborations, and the orders creators brought in.
class AffiliateService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateService)

public:
    explicit AffiliateService(ApiClient &client, QObject *parent = nullptr);
    ~AffiliateService() override;

    /// One page of creators. For the first page leave `previous` empty; for "load more" pass the
    /// page before, whose `next_page_token` and `search_key` are sent back as the API requires.
    Reply<CreatorPage> *searchCreators(
        const CreatorQuery &query, CreatorPageSize pageSize, const std::optional<CreatorPage> &previous = {});
    /// Offers `productId` to every creator at `commission` (hundredths of a percent).
    Reply<OpenCollaboration> *createOpenCollaboration(const QString &productId, CommissionRate commission);
    /// Sends name, end time, products with their commissions, creators, free-sample rule and
    /// message; conflicts the server reports come back in the value.
    Reply<CreatedTargetCollaboration> *createTargetCollaboration(const TargetCollaboration &collaboration);
    /// Every open collaboration, all pages.
    Reply<QList<OpenCollaboration>> *searchOpenCollaborations();
    /// Every target collaboration, all pages.
    Reply<QList<TargetCollaboration>> *searchTargetCollaborations();
    /// Every affiliate order the query matches, all pages, newest first; progress counts orders
    /// against `total_count`, cancel() stops between pages.
    Reply<QList<AffiliateOrder>> *searchAffiliateOrders(const AffiliateOrderQuery &query);
    /// A creator's avatar picture from the URL the search gave.
    Reply<QByteArray> *fetchAvatar(const QString &url);

private:
    ApiClient &m_client;
    ImageFetcher *const m_images;
};

} // namespace ShopDesk

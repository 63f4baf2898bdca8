#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "api/affiliateservice.h"

namespace Ui {
class CreatorSearchWidget;
}

namespace ShopDesk {

class CreatorAvatarModel;
class CreatorCatalog;
class CreatorTableModel;

/// The Creator Marketplace search: keyword, follower, GMV and units-sold filters, 12 or 20 per
/// page, and "Load more", which continues the same search with its `search_key`. When the server
/// cannot be reached, the creators seen before that match are shown instead.
class CreatorSearchWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorSearchWidget)

public:
    explicit CreatorSearchWidget(CreatorCatalog &catalog, QWidget *parent = nullptr);
    ~CreatorSearchWidget() override;

    /// A new search from the first page with the filters as they are now.
    void search();
    /// The next page of the current search.
    void loadMore();
    bool hasMore() const { return m_lastPage && !m_lastPage->nextPageToken.isEmpty(); }
    QList<Creator> loadedCreators() const;
    QList<Creator> selectedCreators() const;
    CreatorAvatarModel &avatars() { return *m_avatars; }

signals:
    /// A page arrived, or failed; `error` is set then, and `savedAt` tells when the creators
    /// shown instead were last saved (0: none are shown).
    void pageFinished(const std::optional<ShopDesk::ApiError> &error, qint64 savedAt);
    void inviteRequested(const QList<ShopDesk::Creator> &creators);

private:
    void connectSignals();
    CreatorQuery queryFromFilters() const;
    void fetch(const std::optional<CreatorPage> &previous);
    void handlePage(Reply<CreatorPage> *reply, bool append);
    void updateControls();

    const std::unique_ptr<Ui::CreatorSearchWidget> m_ui;
    CreatorCatalog &m_catalog;
    CreatorTableModel *const m_model;
    CreatorAvatarModel *const m_avatars;
    /// The filters and page size of the results shown, which "Load more" continues.
    CreatorQuery m_query;
    CreatorPageSize m_pageSize = CreatorPageSize::Large;
    std::optional<CreatorPage> m_lastPage;
    QPointer<Reply<CreatorPage>> m_pending;
};

} // namespace ShopDesk

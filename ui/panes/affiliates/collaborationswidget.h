#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/collaboration.h"

namespace Ui {
class CollaborationsWidget;
}

namespace ShopDesk {

class AffiliateService;
class Clock;
class OpenCollaborationTableModel;
class TargetCollaborationTableModel;

/// The shop's open and target collaborations in two sortable tables, with the buttons that start
/// new ones (the pane opens the dialogs and sends them).
class CollaborationsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollaborationsWidget)

public:
    CollaborationsWidget(AffiliateService &service, const Clock &clock, QWidget *parent = nullptr);
    ~CollaborationsWidget() override;

    void reload();
    bool isLoading() const;
    const OpenCollaborationTableModel &openModel() const { return *m_openModel; }
    const TargetCollaborationTableModel &targetModel() const { return *m_targetModel; }

signals:
    void newOpenRequested();
    void newTargetRequested();
    /// Both lists arrived, or one failed; `error` is the first failure.
    void loadFinished(const std::optional<ShopDesk::ApiError> &error);

private:
    void handleOpen(Reply<QList<OpenCollaboration>> *reply);
    void handleTarget(Reply<QList<TargetCollaboration>> *reply);
    void finishIfDone();
    void updateCount();

    const std::unique_ptr<Ui::CollaborationsWidget> m_ui;
    AffiliateService &m_service;
    const Clock &m_clock;
    OpenCollaborationTableModel *const m_openModel;
    TargetCollaborationTableModel *const m_targetModel;
    QPointer<Reply<QList<OpenCollaboration>>> m_openPending;
    QPointer<Reply<QList<TargetCollaboration>>> m_targetPending;
    int m_outstanding = 0;
    std::optional<ApiError> m_firstError;
};

} // namespace ShopDesk

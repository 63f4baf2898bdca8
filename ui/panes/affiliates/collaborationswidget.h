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

class CollaborationCatalog;
class Clock;
class OpenCollaborationTableModel;
class TargetCollaborationTableModel;

/// The shop's open and target collaborations in two sortable tables, with the buttons that start
/// new ones (the pane opens the dialogs and sends them). The cached lists show at once, the
/// server's replace them.
class CollaborationsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollaborationsWidget)

public:
    CollaborationsWidget(CollaborationCatalog &catalog, const Clock &clock, QWidget *parent = nullptr);
    ~CollaborationsWidget() override;

    void reload();
    bool isLoading() const;
    const OpenCollaborationTableModel &openModel() const { return *m_openModel; }
    const TargetCollaborationTableModel &targetModel() const { return *m_targetModel; }

signals:
    void newOpenRequested();
    void newTargetRequested();
    /// Both lists arrived from the server, or the load failed; then `savedAt` tells when the
    /// lists shown were saved (0: none are shown).
    void loadFinished(const std::optional<ShopDesk::ApiError> &error, qint64 savedAt);

private:
    void showLists(const QList<OpenCollaboration> &open, const QList<TargetCollaboration> &target);
    void updateCount();

    const std::unique_ptr<Ui::CollaborationsWidget> m_ui;
    CollaborationCatalog &m_catalog;
    const Clock &m_clock;
    OpenCollaborationTableModel *const m_openModel;
    TargetCollaborationTableModel *const m_targetModel;
    bool m_showsCached = false;
};

} // namespace ShopDesk

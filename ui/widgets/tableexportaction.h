#pragma once

#include <functional>
#include <optional>

#include <QAction>

class QAbstractItemModel;
class QAbstractItemView;

namespace ShopDesk {

/// Ctrl+E on a pane: saves the table the seller is looking at, as shown (filtered, sorted and
/// formatted), to a CSV file that Excel opens as UTF-8. Works on any pane's table; the pane says
/// which one counts as "the table" right now.
class TableExportAction final : public QAction
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableExportAction)

public:
    using ViewFinder = std::function<QAbstractItemView *()>;
    using PathChooser = std::function<QString(const QString &suggested)>;

    /// Adds itself to `pane`; `fileStem` starts the suggested file name ("shopdesk-orders").
    TableExportAction(QWidget &pane, ViewFinder view, const QString &fileStem);

    /// A finder for the focused table inside `container`, or else its first visible one.
    static ViewFinder tableIn(const std::function<QWidget *()> &container);
    /// Writes every row and column of `model`; an error message when the file cannot be written.
    static std::optional<QString> write(const QAbstractItemModel &model, const QString &path);
    /// Test seam: where the next exports go, instead of asking with a file dialog.
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

private:
    void handleTriggered();

    QWidget &m_pane;
    ViewFinder m_view;
    QString m_fileStem;
    PathChooser m_chooser;
};

} // namespace ShopDesk

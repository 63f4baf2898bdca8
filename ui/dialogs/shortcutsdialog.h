#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTreeWidget;

namespace ShopDesk {

/// One keyboard shortcut as the seller reads it: where it works, what it does, the keys.
struct ShortcutEntry
{
    QString area;
    QString description;
    QKeySequence keys;

    bool operator==(const ShortcutEntry &other) const = default;
};

/// Help > Keyboard shortcuts. The list is collected from the window's actions and shortcuts when
/// the dialog opens, so it shows exactly what the keyboard does and never goes stale.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget &window, QWidget *parent = nullptr);

    /// Every shortcut of `window`: menu actions under their menu, a pane's under the pane's title.
    static QList<ShortcutEntry> collect(const QWidget &window);

private:
    QTreeWidget *const m_tree;
};

} // namespace ShopDesk

#pragma once

#include <functional>

#include <QList>
#include <QObject>

#include "security/shopprofile.h"

class QMenu;
class QToolButton;

namespace ShopDesk {

/// The Products pane's "Views" button: opens a saved view, saves the filters shown as a new one
/// (asking for its name), deletes one. It keeps the list; the pane says what the filters are.
class ProductViewsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductViewsMenu)

public:
    using CurrentView = std::function<SavedProductView()>;

    ProductViewsMenu(QToolButton &button, CurrentView current, QObject *parent = nullptr);

    void setViews(const QList<SavedProductView> &views);
    const QList<SavedProductView> &views() const { return m_views; }
    /// Stores the filters shown under `name`, replacing a view of the same name.
    void saveCurrentAs(const QString &name);
    void remove(const QString &name);

signals:
    void viewChosen(const ShopDesk::SavedProductView &view);
    /// The list changed: the pane's owner stores it.
    void viewsChanged(const QList<ShopDesk::SavedProductView> &views);

private:
    void rebuildMenu();
    void askNameAndSave();

    QToolButton &m_button;
    QMenu *const m_menu;
    const CurrentView m_current;
    QList<SavedProductView> m_views;
};

} // namespace ShopDesk

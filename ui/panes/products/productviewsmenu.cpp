#include "productviewsmenu.h"

#include <QInputDialog>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ShopDesk {

ProductViewsMenu::ProductViewsMenu(QToolButton &button, CurrentView current, QObject *parent)
    : QObject(parent)
    , m_button(button)
    , m_menu(new QMenu(&button))
    , m_current(std::move(current))
{
    m_menu->setObjectName(u"productViewsMenu"_s);
    m_button.setMenu(m_menu);
    rebuildMenu();
}

void ProductViewsMenu::setViews(const QList<SavedProductView> &views)
{
    m_views = views;
    rebuildMenu();
}

void ProductViewsMenu::saveCurrentAs(const QString &wantedName)
{
    const QString name = wantedName.trimmed();
    if (name.isEmpty())
        return;
    SavedProductView view = m_current();
    view.name = name;
    const auto same = std::find_if(
        m_views.begin(), m_views.end(), [&name](const SavedProductView &saved) { return saved.name == name; });
    if (same != m_views.end())
        *same = view;
    else
        m_views.append(view);
    rebuildMenu();
    emit viewsChanged(m_views);
}

void ProductViewsMenu::remove(const QString &name)
{
    if (m_views.removeIf([&name](const SavedProductView &view) { return view.name == name; }) == 0)
        return;
    rebuildMenu();
    emit viewsChanged(m_views);
}

void ProductViewsMenu::rebuildMenu()
{
    m_menu->clear();
    for (const SavedProductView &view : std::as_const(m_views)) {
        QAction *open = m_menu->addAction(view.name);
        connect(open, &QAction::triggered, this, [this, view] { emit viewChosen(view); });
    }
    if (!m_views.isEmpty())
        m_menu->addSeparator();
    QAction *save = m_menu->addAction(tr("Save current view…"));
    save->setObjectName(u"productViewSave"_s);
    connect(save, &QAction::triggered, this, &ProductViewsMenu::askNameAndSave);
    QMenu *remove = m_menu->addMenu(tr("Delete view"));
    remove->setEnabled(!m_views.isEmpty());
    for (const SavedProductView &view : std::as_const(m_views)) {
        connect(
            remove->addAction(view.name), &QAction::triggered, this, [this, name = view.name] { this->remove(name); });
    }
}

void ProductViewsMenu::askNameAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_button.window(), tr("Save view"),
        tr("Name of this view (the search text and filters are saved):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        saveCurrentAs(name);
}

} // namespace ShopDesk

#include "shortcutsdialog.h"

#include <algorithm>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "panes/pane.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QString plain(QString text)
{
    // "&File", and Chinese "文件(&F)" where the mnemonic letter follows in brackets.
    static const QRegularExpression bracketedMnemonic(u"\\s*\\(&.\\)"_s);
    text.remove(bracketedMnemonic);
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

/// The pane a widget belongs to, if any.
const Pane *paneOf(const QObject *object)
{
    for (; object; object = object->parent()) {
        if (const auto *pane = qobject_cast<const Pane *>(object))
            return pane;
    }
    return nullptr;
}

/// Where the pane's tab stands among the window's tabs.
int tabIndexOf(const Pane *pane)
{
    for (const QWidget *widget = pane->parentWidget(); widget; widget = widget->parentWidget()) {
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget))
            return tabs->indexOf(pane);
    }
    return -1;
}

/// The standard keys need no description of their own: they do the same on every pane.
QString describeStandard(const QKeySequence &keys)
{
    if (keys == QKeySequence(QKeySequence::Find))
        return ShortcutsDialog::tr("Search");
    if (keys == QKeySequence(QKeySequence::Refresh))
        return ShortcutsDialog::tr("Sync with TikTok Shop");
    if (keys == QKeySequence(Qt::CTRL | Qt::Key_E))
        return ShortcutsDialog::tr("Export");
    return {};
}

QString areaOf(const QObject *owner, const QList<QObject *> &associated, const QWidget &window)
{
    if (const Pane *pane = paneOf(owner))
        return pane->title();
    for (const QObject *object : associated) {
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            return plain(menu->title());
    }
    return plain(window.windowTitle().section(u" – "_s, 0, 0));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget &window, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 620);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &entry : collect(window)) {
        if (!group || group->text(0) != entry.area) {
            group = new QTreeWidgetItem(m_tree, {entry.area});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {entry.description, entry.keys.toString(QKeySequence::NativeText)});
    }
    m_tree->expandAll();
    // The keys keep a gap from the scroll bar.
    m_tree->resizeColumnToContents(1);
    m_tree->header()->resizeSection(1, m_tree->header()->sectionSize(1) + fontMetrics().averageCharWidth() * 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
}

QList<ShortcutEntry> ShortcutsDialog::collect(const QWidget &window)
{
    QList<ShortcutEntry> entries;
    auto add = [&entries](const ShortcutEntry &entry) {
        if (!entry.keys.isEmpty() && !entry.description.isEmpty() && !entries.contains(entry))
            entries.append(entry);
    };
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString text = plain(action->text());
            add({areaOf(action->parent(), action->associatedObjects(), window),
                text.isEmpty() ? describeStandard(keys) : text, keys});
        }
    }
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        const QString described
            = shortcut->whatsThis().isEmpty() ? describeStandard(shortcut->key()) : shortcut->whatsThis();
        add({areaOf(shortcut->parent(), {}, window), described, shortcut->key()});
    }
    // Menus in menu-bar order, then the panes in tab order: the order the seller sees them in.
    QStringList order;
    if (const auto *bar = window.findChild<QMenuBar *>()) {
        for (const QAction *menu : bar->actions())
            order.append(plain(menu->text()));
    }
    QList<const Pane *> panes;
    for (const Pane *pane : window.findChildren<Pane *>())
        panes.append(pane);
    std::stable_sort(
        panes.begin(), panes.end(), [](const Pane *a, const Pane *b) { return tabIndexOf(a) < tabIndexOf(b); });
    for (const Pane *pane : panes)
        order.append(pane->title());
    const auto rank = [&order](const ShortcutEntry &entry) {
        const qsizetype at = order.indexOf(entry.area);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(entries.begin(), entries.end(),
        [&rank](const ShortcutEntry &a, const ShortcutEntry &b) { return rank(a) < rank(b); });
    return entries;
}

} // namespace ShopDesk

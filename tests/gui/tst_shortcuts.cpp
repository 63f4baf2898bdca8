#include <QAction>
#include <QFile>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "api/shopsession.h"
#include "dialogs/shortcutsdialog.h"
#include "io/csvreader.h"
#include "mainwindow.h"
#include "panes/orders/orderspane.h"
#include "panes/pane.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "widgets/tableexportaction.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

bool listed(const QList<ShortcutEntry> &entries, const QString &area, const QKeySequence &keys)
{
    return std::any_of(entries.cbegin(), entries.cend(),
        [&](const ShortcutEntry &entry) { return entry.area == area && entry.keys == keys; });
}

} // namespace

/// Help > Keyboard shortcuts and the standard keys every pane answers to.
class TestShortcuts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheMenusShortcuts();
    void givesEveryPaneTheStandardKeys();
    void neverGoesStale();
    void showsTheListGroupedByArea();
    void exportsTheTableShownWithCtrlE();

private:
    QTemporaryDir m_directory;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<ShopSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortcuts::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    auto cache = CacheDatabase::open(
        m_directory.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY(cache.ok());
    m_cache = std::move(cache).value();
    m_session = std::make_unique<ShopSession>(m_sandbox->connection(), m_sandbox->clock());
    m_window = std::make_unique<MainWindow>(*m_session, m_sandbox->clock(), m_cache.get());
    m_window->resize(1280, 800);
    m_window->show();
}

void TestShortcuts::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_cache.reset();
    m_sandbox.reset();
}

void TestShortcuts::listsTheMenusShortcuts()
{
    const QList<ShortcutEntry> entries = ShortcutsDialog::collect(*m_window);
    QVERIFY(entries.contains(ShortcutEntry{u"File"_s, u"Quit"_s, QKeySequence(u"Ctrl+Q"_s)}));
    QVERIFY(entries.contains(ShortcutEntry{u"Tools"_s, u"Settings"_s, QKeySequence(u"Ctrl+,"_s)}));
    QVERIFY(entries.contains(ShortcutEntry{u"Help"_s, u"Keyboard shortcuts"_s, QKeySequence(u"Ctrl+/"_s)}));
    QVERIFY(entries.contains(ShortcutEntry{u"View"_s, u"Products"_s, QKeySequence(u"Alt+1"_s)}));
    QVERIFY(entries.contains(ShortcutEntry{u"View"_s, u"Analytics"_s, QKeySequence(u"Alt+6"_s)}));
    QVERIFY(entries.contains(ShortcutEntry{u"Shop"_s, u"Demo shop"_s, QKeySequence(u"Ctrl+1"_s)}));
    QVERIFY(entries.contains(ShortcutEntry{u"Changes"_s, u"Pending changes"_s, QKeySequence(u"Ctrl+Shift+P"_s)}));
    QVERIFY(entries.contains(
        ShortcutEntry{u"Products"_s, u"Bulk edit the selected products"_s, QKeySequence(u"Ctrl+B"_s)}));
    // No key does two things in one place.
    for (const ShortcutEntry &entry : entries) {
        const auto same = std::count_if(entries.cbegin(), entries.cend(),
            [&entry](const ShortcutEntry &other) { return other.area == entry.area && other.keys == entry.keys; });
        QVERIFY2(same == 1, qPrintable(entry.area + u' ' + entry.keys.toString()));
    }
}

void TestShortcuts::givesEveryPaneTheStandardKeys()
{
    const QList<ShortcutEntry> entries = ShortcutsDialog::collect(*m_window);
    // Panes with a search field answer Ctrl+F; the charts-only panes have nothing to search.
    const QStringList searchable{u"products"_s, u"orders"_s, u"shipments"_s, u"affiliates"_s};
    for (const Pane *pane : m_window->panes()) {
        QVERIFY2(listed(entries, pane->title(), QKeySequence::Refresh), qPrintable(pane->paneId()));
        QVERIFY2(listed(entries, pane->title(), QKeySequence(u"Ctrl+E"_s)), qPrintable(pane->paneId()));
        if (searchable.contains(pane->paneId()))
            QVERIFY2(listed(entries, pane->title(), QKeySequence::Find), qPrintable(pane->paneId()));
    }
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const ShortcutEntry &entry) {
        return entry.keys == QKeySequence(QKeySequence::Refresh) && entry.description == u"Sync with TikTok Shop"_s;
    }));
}

void TestShortcuts::neverGoesStale()
{
    auto *action = new QAction(u"Print packing slips"_s, m_window.get());
    action->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    m_window->findChild<QMenu *>(u"toolsMenu"_s)->addAction(action);
    QVERIFY(ShortcutsDialog::collect(*m_window).contains(
        ShortcutEntry{u"Tools"_s, u"Print packing slips"_s, QKeySequence(u"Ctrl+Shift+L"_s)}));
    delete action;
    QVERIFY(!listed(ShortcutsDialog::collect(*m_window), u"Tools"_s, QKeySequence(u"Ctrl+Shift+L"_s)));
}

void TestShortcuts::showsTheListGroupedByArea()
{
    // The menu action opens a modal dialog: it is read from inside its event loop, then closed.
    int rows = -1;
    QStringList areas;
    QTimer::singleShot(0, this, [this, &rows, &areas] {
        auto *dialog = m_window->findChild<ShortcutsDialog *>();
        auto *tree = dialog ? dialog->findChild<QTreeWidget *>(u"shortcutsTree"_s) : nullptr;
        if (!tree)
            return;
        rows = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            areas.append(tree->topLevelItem(i)->text(0));
            rows += tree->topLevelItem(i)->childCount();
        }
        dialog->reject();
    });
    m_window->findChild<QAction *>(u"actionKeyboardShortcuts"_s)->trigger();
    QCOMPARE(rows, ShortcutsDialog::collect(*m_window).size());
    // Menus in menu-bar order, then the panes in tab order, each once.
    QCOMPARE(areas.first(), u"File"_s);
    QVERIFY(areas.indexOf(u"Help"_s) < areas.indexOf(u"Products"_s));
    QVERIFY2(areas.indexOf(u"Products"_s) < areas.indexOf(u"Analytics"_s), qPrintable(areas.join(u", "_s)));
    QCOMPARE(areas.size(), QSet<QString>(areas.cbegin(), areas.cend()).size());
}

void TestShortcuts::exportsTheTableShownWithCtrlE()
{
    auto *pane = m_window->findChild<OrdersPane *>();
    m_window->showPane(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 20000);
    auto *table = pane->findChild<QTableView *>(u"orderTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    auto *exporter = pane->findChild<TableExportAction *>();
    QVERIFY(exporter);
    QString suggestedName;
    const QString path = m_directory.filePath(u"orders.csv"_s);
    exporter->setPathChooser([&suggestedName, &path](const QString &suggested) {
        suggestedName = suggested;
        return path;
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(suggestedName, u"shopdesk-orders.csv"_s);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    const Result<CsvTable> csv = CsvReader::parse(bytes);
    QVERIFY2(csv.ok(), qPrintable(csv.ok() ? QString() : csv.error().toString()));
    QCOMPARE(csv.value().header.size(), table->model()->columnCount());
    QCOMPARE(csv.value().header.first(), table->model()->headerData(0, Qt::Horizontal).toString());
    QCOMPARE(csv.value().rows.size(), table->model()->rowCount());
    QCOMPARE(csv.value().rows.first().first(), table->model()->index(0, 0).data().toString());
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"

#pragma once

#include <functional>

#include <QDir>
#include <QList>
#include <QObject>

class QDialog;

namespace ShopDesk {

class MainWindow;

/// Screenshot mode: shows each pane in turn once its data has loaded, saves `<dir>/<pane>.png`,
/// then opens each added dialog and saves `<dir>/dialog-<name>.png`, and reports when all are written.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)

public:
    ScreenshotRunner(MainWindow &window, const QDir &directory, QObject *parent = nullptr);

    using DialogMaker = std::function<QDialog *()>;

    /// A dialog to show and save after the panes; the runner deletes it.
    void addDialog(const QString &name, DialogMaker make);
    void start();

signals:
    /// `ok` is false when a pane did not load in time or a file could not be written.
    void finished(bool ok);

private:
    void visit(int index);
    void capture(int index);
    void captureView(int index, int view);
    void captureDialog(int index);
    void save(QWidget &widget, const QString &name);

    MainWindow &m_window;
    QDir m_directory;
    QList<std::pair<QString, DialogMaker>> m_dialogs;
    bool m_ok = true;
};

} // namespace ShopDesk

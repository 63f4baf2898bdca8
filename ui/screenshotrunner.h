#pragma once

#include <QDir>
#include <QObject>

namespace ShopDesk {

class MainWindow;

/// Screenshot mode: shows each pane in turn once its data has loaded, saves `<dir>/<pane>.png`
/// and reports when all are written. Later features add their panes and dialogs here.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)

public:
    ScreenshotRunner(MainWindow &window, const QDir &directory, QObject *parent = nullptr);

    void start();

signals:
    /// `ok` is false when a pane did not load in time or a file could not be written.
    void finished(bool ok);

private:
    void visit(int index);
    void capture(int index);
    void captureView(int index, int view);
    void save(QWidget &widget, const QString &name);

    MainWindow &m_window;
    QDir m_directory;
    bool m_ok = true;
};

} // namespace ShopDesk

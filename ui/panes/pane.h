#pragma once

#include <QWidget>

namespace ShopDesk {

/// One tab of the main window. Panes load their data on their own; the window and the screenshot
/// mode only need to know when a pane has something to show (data, or the reason it has none).
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Stable name used for object names, screenshots and settings: "products", "orders", …
    virtual QString paneId() const = 0;
    virtual QString title() const = 0;
    virtual bool isLoaded() const = 0;
    /// Loads again from the server (F5).
    virtual void reload() { }
    /// Further views screenshot mode saves as `<pane>-<view>.png`: sub-tabs, dialogs.
    virtual QStringList screenshotViews() const { return {}; }
    /// Shows `view` and returns the widget to capture; null captures the window.
    virtual QWidget *showScreenshotView(const QString & /*view*/) { return nullptr; }

signals:
    void loadFinished();
};

} // namespace ShopDesk

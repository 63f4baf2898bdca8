#include "screenshotrunner.h"

#include <chrono>

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include "core/logging.h"
#include "mainwindow.h"
#include "panes/pane.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ShopDesk {

namespace {

constexpr auto loadTimeout = 60s;
// Layouts and lazily laid-out chart axes settle on the next turns of the event loop (qt-setup P8).
constexpr auto settleDelay = 300ms;

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow &window, const QDir &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{ }

void ScreenshotRunner::addDialog(const QString &name, DialogMaker make)
{
    m_dialogs.append({name, std::move(make)});
}

void ScreenshotRunner::start()
{
    if (!m_directory.mkpath(u"."_s)) {
        qCWarning(lcUi).noquote() << "cannot create screenshot folder" << m_directory.path();
        emit finished(false);
        return;
    }
    visit(0);
}

void ScreenshotRunner::visit(int index)
{
    if (index >= m_window.panes().size()) {
        captureDialog(0);
        return;
    }
    Pane *pane = m_window.panes().at(index);
    m_window.showPane(pane);
    if (pane->isLoaded()) {
        QTimer::singleShot(settleDelay, this, [this, index] { capture(index); });
        return;
    }
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    auto proceed = [this, index, timeout, pane] {
        if (!timeout->isActive())
            return; // already handled
        timeout->stop();
        timeout->deleteLater();
        disconnect(pane, &Pane::loadFinished, this, nullptr);
        QTimer::singleShot(settleDelay, this, [this, index] { capture(index); });
    };
    connect(pane, &Pane::loadFinished, this, proceed);
    connect(timeout, &QTimer::timeout, this, [this, index, pane] {
        qCWarning(lcUi).noquote() << "pane" << pane->paneId() << "did not load in time";
        m_ok = false;
        disconnect(pane, &Pane::loadFinished, this, nullptr);
        capture(index);
    });
    timeout->start(loadTimeout);
}

void ScreenshotRunner::capture(int index)
{
    Pane *pane = m_window.panes().at(index);
    save(m_window, pane->paneId());
    captureView(index, 0);
}

void ScreenshotRunner::captureView(int index, int view)
{
    Pane *pane = m_window.panes().at(index);
    const QStringList views = pane->screenshotViews();
    if (view >= views.size()) {
        visit(index + 1);
        return;
    }
    QPointer<QWidget> shown = pane->showScreenshotView(views.at(view));
    const QString name = pane->paneId() + u'-' + views.at(view);
    QTimer::singleShot(settleDelay, this, [this, index, view, shown, name] {
        save(shown ? *shown : static_cast<QWidget &>(m_window), name);
        captureView(index, view + 1);
    });
}

void ScreenshotRunner::captureDialog(int index)
{
    if (index >= m_dialogs.size()) {
        emit finished(m_ok);
        return;
    }
    QPointer<QDialog> dialog = m_dialogs.at(index).second();
    dialog->show();
    QTimer::singleShot(settleDelay, this, [this, index, dialog] {
        if (!dialog) {
            m_ok = false;
        } else {
            save(*dialog, u"dialog-"_s + m_dialogs.at(index).first);
            delete dialog.data();
        }
        captureDialog(index + 1);
    });
}

void ScreenshotRunner::save(QWidget &widget, const QString &name)
{
    const QString file = m_directory.filePath(name + u".png"_s);
    if (widget.grab().save(file)) {
        qCInfo(lcUi).noquote() << "saved" << file;
    } else {
        qCWarning(lcUi).noquote() << "could not write" << file;
        m_ok = false;
    }
}

} // namespace ShopDesk

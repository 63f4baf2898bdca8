#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ShopDesk {

struct ErrorPresentation;

/// An inline message above a pane's content, for recoverable errors: what happened, what to do,
/// and one action button. Modal boxes are kept for decisions.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const ErrorPresentation &presentation);
    /// A piece of news rather than a problem, in a calmer colour and without an action.
    void showInfo(const QString &title, const QString &text);
    QString text() const;

signals:
    void actionRequested();

private:
    void setKind(const QString &kind);

    QLabel *const m_title;
    QLabel *const m_text;
    QPushButton *const m_action;
    QToolButton *const m_close;
};

} // namespace ShopDesk

#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "errorpresenter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    // A warm tint that reads as a warning in light and dark palettes alike; news is tinted blue.
    setStyleSheet(u"ShopDesk--MessageBanner { background: rgba(220, 80, 60, 40); "
                  "border: 1px solid rgba(220, 80, 60, 160); border-radius: 4px; }"
                  "ShopDesk--MessageBanner[kind=\"info\"] { background: rgba(40, 120, 220, 35); "
                  "border: 1px solid rgba(40, 120, 220, 150); }"_s);
    m_title->setObjectName(u"bannerTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"bannerAction"_s);
    m_close->setObjectName(u"bannerClose"_s);
    m_close->setText(u"✕"_s);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionRequested);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hide);
    hide();
}

void MessageBanner::showError(const ErrorPresentation &presentation)
{
    setKind(u"error"_s);
    m_title->setText(presentation.title);
    m_text->setText(presentation.text);
    m_action->setText(presentation.actionText);
    m_action->setVisible(presentation.action != ErrorPresentation::Action::None);
    show();
}

void MessageBanner::showInfo(const QString &title, const QString &text)
{
    setKind(u"info"_s);
    m_title->setText(title);
    m_text->setText(text);
    m_action->hide();
    show();
}

void MessageBanner::setKind(const QString &kind)
{
    setProperty("kind", kind);
    // A dynamic property in a style sheet selector only applies once the style is polished again.
    style()->unpolish(this);
    style()->polish(this);
}

QString MessageBanner::text() const
{
    return m_title->text() + u'\n' + m_text->text();
}

} // namespace ShopDesk

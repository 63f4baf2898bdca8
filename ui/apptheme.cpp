#include "apptheme.h"

#include <memory>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QString fusion = u"Fusion"_s;

} // namespace

AppTheme::AppTheme(const QApplication &app)
    : m_systemStyle(app.style()->name())
    , m_systemPalette(app.palette())
{ }

void AppTheme::apply(Theme theme)
{
    m_current = theme;
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(fusion));
        QApplication::setPalette(lightPalette());
        return;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(fusion));
        QApplication::setPalette(darkPalette());
        return;
    }
}

QPalette AppTheme::lightPalette()
{
    const std::unique_ptr<QStyle> style(QStyleFactory::create(fusion));
    return style->standardPalette();
}

QPalette AppTheme::darkPalette()
{
    // Neutral greys with white text; the blue accent keeps 4.5:1 against both text and base.
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xec, 0xec, 0xee);
    const QColor disabledText(0x8a, 0x8a, 0x90);
    const QColor accent(0x3d, 0x8b, 0xe0);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5c));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    palette.setColor(QPalette::Highlight, accent.darker(130));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf5));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x4a));
    return palette;
}

bool AppTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace ShopDesk

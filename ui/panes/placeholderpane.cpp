#include "placeholderpane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ShopDesk {

PlaceholderPane::PlaceholderPane(
    const QString &paneId, const QString &title, const QString &plannedContent, QWidget *parent)
    : Pane(parent)
    , m_paneId(paneId)
    , m_title(title)
{
    setObjectName(paneId + u"Pane"_s);
    auto *heading = new QLabel(tr("%1 – not available yet").arg(title), this);
    heading->setObjectName(u"placeholderHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(plannedContent, this);
    body->setObjectName(u"placeholderText"_s);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);

    // A fixed-width column keeps the text readable; the label itself is not aligned inside the layout,
    // because a word-wrapped label that is gets too little height and is cut off.
    auto *column = new QWidget(this);
    column->setFixedWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(body);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
}

} // namespace ShopDesk

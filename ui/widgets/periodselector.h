#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace ShopDesk {

class Clock;

/// Picks the period a pane shows: the last 7, 30 or 90 days up to today, or custom dates. The
/// period includes today; `end` is exclusive, as the analytics API takes it.
class PeriodSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodSelector)

public:
    enum class Choice { Last7Days, Last30Days, Last90Days, Custom };

    PeriodSelector(const Clock &clock, QWidget *parent = nullptr);

    QDate start() const;
    /// The day after the last one shown.
    QDate end() const;
    Choice choice() const;
    void setChoice(Choice choice);
    /// The earliest start a custom period may have (the LIVE list looks back about 180 days).
    void setEarliestStart(QDate date);

signals:
    void periodChanged(QDate start, QDate end);

private:
    void handleChoiceChanged();
    void handleDatesChanged();
    QDate today() const;

    const Clock &m_clock;
    QComboBox *const m_choice;
    QDateEdit *const m_from;
    QLabel *const m_dash;
    QDateEdit *const m_to;
};

} // namespace ShopDesk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardrenderer.h"

#include <QWidget>

#include <optional>

namespace pw {

/// Shows one persona card, painted by CardRenderer and scaled to the widget.
class CardView : public QWidget
{
    Q_OBJECT

public:
    explicit CardView(QWidget *parent = nullptr);

    /// Shows `persona` with `context`.
    void setPersona(const Persona &persona, const CardContext &context);
    /// Shows nothing but a hint.
    void clear();

    /// The persona shown, if any.
    const std::optional<Persona> &persona() const { return m_persona; }
    /// The context the shown card is painted with.
    const CardContext &context() const { return m_context; }
    /// How many times a card has been painted (for tests and the screenshot option).
    int paintedCards() const { return m_paintedCards; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<Persona> m_persona;
    CardContext m_context;
    int m_paintedCards = 0;
};

} // namespace pw

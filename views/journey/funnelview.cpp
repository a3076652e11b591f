// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelview.h"

#include "funnelchart.h"
#include "journeymapmodel.h"
#include "language.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>

namespace pw {

namespace {

const char *const kPanelFields[3] = {"touchpoints", "focus", "ideas"};

} // namespace

FunnelView::FunnelView(JourneyMapModel *notes, QWidget *parent)
    : QWidget(parent), m_notes(notes), m_mode(new QComboBox), m_hint(new QLabel), m_asOf(new QLabel), m_chartArea(new QWidget),
      m_chartLayout(new QHBoxLayout(m_chartArea)), m_stageTitle(new QLabel), m_stageFigures(new QLabel),
      m_peopleButton(new QPushButton), m_rulesButton(new QPushButton), m_timeButton(new QPushButton)
{
    setObjectName(QStringLiteral("FunnelView"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    m_asOf->setObjectName(QStringLiteral("journeyAsOf"));
    m_asOf->hide();
    top->addWidget(m_asOf);
    top->addStretch(1);
    m_timeButton->setObjectName(QStringLiteral("timeToConvertButton"));
    m_rulesButton->setObjectName(QStringLiteral("stageRulesButton"));
    top->addWidget(m_timeButton);
    top->addWidget(m_rulesButton);
    connect(m_timeButton, &QPushButton::clicked, this, &FunnelView::timeToConvertRequested);
    connect(m_rulesButton, &QPushButton::clicked, this, &FunnelView::stageRulesRequested);
    m_mode->setObjectName(QStringLiteral("funnelMode"));
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    QFont titleFont = m_stageTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_stageTitle->setFont(titleFont);
    m_stageFigures->setObjectName(QStringLiteral("stageFigures"));
    m_stageFigures->setWordWrap(true);
    auto *panel = new QGridLayout;
    panel->addWidget(m_stageTitle, 0, 0, 1, 3);
    panel->addWidget(m_stageFigures, 1, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        m_noteLabels[i] = new QLabel;
        m_editors[i] = new QPlainTextEdit;
        m_editors[i]->setObjectName(QLatin1String(kPanelFields[i]));
        m_editors[i]->setTabChangesFocus(true);
        m_editors[i]->setMaximumHeight(90);
        panel->addWidget(m_noteLabels[i], 2, i);
        panel->addWidget(m_editors[i], 3, i);
        const QString field = QLatin1String(kPanelFields[i]);
        connect(m_editors[i], &QPlainTextEdit::textChanged, this, [this, i, field] {
            if (m_updating || m_stage < 0)
                return;
            const int row = m_notes->rowOfField(field);
            m_updating = true;
            m_notes->setData(m_notes->index(row, m_stage), m_editors[i]->toPlainText());
            m_updating = false;
        });
    }
    panel->addWidget(m_peopleButton, 4, 0, 1, 1, Qt::AlignLeading);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_chartArea, 1);
    layout->addLayout(panel);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &FunnelView::rebuildCharts);
    connect(m_peopleButton, &QPushButton::clicked, this, [this] {
        if (m_stage < 0 || m_stage >= journeyStageKeys().size())
            return;
        Q_EMIT peopleRequested(journeyStageKeys()[m_stage], mode() == Mode::Everyone ? 0 : m_currentPersona);
    });
    connect(m_notes, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_updating)
            updateStagePanel();
    });
    connect(m_notes, &QAbstractItemModel::modelReset, this, &FunnelView::updateStagePanel);
    retranslate();
    clear(QString());
}

void FunnelView::retranslate()
{
    const int current = m_mode->currentIndex();
    m_updating = true;
    m_mode->clear();
    m_mode->addItem(tr("All personas side by side"));
    m_mode->addItem(tr("This persona against everyone else"));
    m_mode->addItem(tr("Everyone"));
    m_mode->setCurrentIndex(current < 0 ? 0 : current);
    m_updating = false;
    for (int i = 0; i < 3; ++i)
        m_noteLabels[i]->setText(journeyNoteFieldName(QLatin1String(kPanelFields[i])));
    m_peopleButton->setText(tr("Export the people at this stage…"));
    m_timeButton->setText(tr("Time to convert"));
    updateAsOf();
    m_rulesButton->setText(tr("Stage rules…"));
}

void FunnelView::setReport(const FunnelReport &report, const QList<Persona> &personas, const QString &language)
{
    m_report = report;
    m_personas = personas;
    m_language = language;
    updateAsOf();
    m_hint->hide();
    m_chartArea->show();
    rebuildCharts();
}

void FunnelView::clear(const QString &hint)
{
    m_report = FunnelReport();
    updateAsOf();
    m_personas.clear();
    qDeleteAll(m_charts);
    m_charts.clear();
    m_hint->setText(hint.isEmpty() ? tr("Open a project to see its journey funnels.") : hint);
    m_hint->show();
    m_chartArea->hide();
    updateStagePanel();
}

void FunnelView::updateAsOf()
{
    m_asOf->setVisible(m_report.asOf.has_value());
    if (m_report.asOf)
        m_asOf->setText(tr("As of %1: the journeys as they were on that day")
                            .arg(QLocale(m_language).toString(*m_report.asOf, QLocale::ShortFormat)));
}

void FunnelView::setCurrentPersona(qint64 personaId)
{
    m_currentPersona = personaId;
    if (mode() == Mode::PersonaVsOthers)
        rebuildCharts();
    else
        updateStagePanel();
}

FunnelView::Mode FunnelView::mode() const
{
    return Mode(qMax(0, m_mode->currentIndex()));
}

void FunnelView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void FunnelView::selectStage(int stage)
{
    m_stage = stage;
    for (FunnelChart *chart : std::as_const(m_charts))
        chart->setSelectedStage(stage);
    updateStagePanel();
}

void FunnelView::rebuildCharts()
{
    if (m_updating)
        return;
    qDeleteAll(m_charts);
    m_charts.clear();
    struct Entry
    {
        QString title;
        Funnel funnel;
        QColor color;
    };
    QList<Entry> entries;
    const QColor neutral(0x5b, 0x6b, 0x7d);
    auto personaOf = [this](qint64 id) -> const Persona * {
        for (const Persona &p : std::as_const(m_personas))
            if (p.id == id)
                return &p;
        return nullptr;
    };
    switch (mode()) {
    case Mode::Personas:
        for (const PersonaFunnel &pf : std::as_const(m_report.personas))
            if (const Persona *p = personaOf(pf.personaId))
                entries.append({p->displayName(m_language), pf.funnel, QColor(p->color)});
        if (entries.isEmpty())
            entries.append({tr("Everyone"), m_report.everyone, neutral});
        break;
    case Mode::PersonaVsOthers:
        if (const PersonaFunnel *pf = m_report.persona(m_currentPersona)) {
            const Persona *p = personaOf(pf->personaId);
            entries.append({p ? p->displayName(m_language) : QString(), pf->funnel, p ? QColor(p->color) : neutral});
            entries.append({tr("Everyone else"), pf->others, neutral});
        } else {
            entries.append({tr("Everyone"), m_report.everyone, neutral});
        }
        break;
    case Mode::Everyone:
        entries.append({tr("Everyone"), m_report.everyone, neutral});
        break;
    }
    for (const Entry &e : std::as_const(entries)) {
        auto *chart = new FunnelChart;
        chart->setFunnel(e.title, e.funnel, e.color);
        chart->setSelectedStage(m_stage);
        connect(chart, &FunnelChart::stageClicked, this, &FunnelView::selectStage);
        m_chartLayout->addWidget(chart, 1);
        m_charts << chart;
    }
    updateStagePanel();
}

void FunnelView::updateStagePanel()
{
    const QStringList keys = journeyStageKeys();
    const bool valid = m_stage >= 0 && m_stage < keys.size() && !m_charts.isEmpty();
    m_peopleButton->setEnabled(valid);
    if (!valid) {
        m_stageTitle->clear();
        m_stageFigures->clear();
    } else {
        const QString key = keys[m_stage];
        m_stageTitle->setText(tr("Stage: %1").arg(journeyStageName(key)));
        const QLocale locale;
        QStringList lines;
        for (const FunnelChart *chart : std::as_const(m_charts)) {
            const Funnel &f = chart->funnel();
            const FunnelStage &s = f.stages.value(m_stage);
            QString line = isolated(chart->chart()->title()) + QStringLiteral(": ");
            if (!s.measured) {
                line += tr("no data");
            } else {
                line += tr("%Ln people", nullptr, int(qMin<qint64>(s.people, INT_MAX)));
                if (const auto c = f.conversionToNext(m_stage))
                    line += QStringLiteral(" · ") + tr("%1 go on to the next stage").arg(locale.toString(*c * 100, 'f', 1) + locale.percent());
                if (s.medianHoursToNext)
                    line += QStringLiteral(" · ") + tr("median %1 hours to the next").arg(locale.toString(*s.medianHoursToNext, 'f', 1));
            }
            if (m_stage == 2 && !f.timeToConvert.isEmpty()) {
                QStringList buckets;
                for (int b = 0; b < f.timeToConvert.size(); ++b)
                    buckets << timeToConvertBucketName(b) + QStringLiteral(" ") + locale.toString(f.timeToConvert[b]);
                line += QStringLiteral(" · ") + tr("time to convert: %1").arg(buckets.join(QStringLiteral(", ")));
            }
            lines << line.toHtmlEscaped();
        }
        m_stageFigures->setText(lines.join(QStringLiteral("<br>")));
    }
    // The notes of the current persona at this stage (or read-only defaults without a persona).
    const bool editable = valid && m_notes->personaId() > 0;
    m_updating = true;
    for (int i = 0; i < 3; ++i) {
        const QString field = QLatin1String(kPanelFields[i]);
        const QModelIndex index = valid ? m_notes->index(m_notes->rowOfField(field), m_stage) : QModelIndex();
        const QString written = index.isValid() && m_notes->personaId() > 0 ? index.data(Qt::EditRole).toString() : QString();
        const QString shown = valid ? journeyStageDefault(keys[m_stage], field, m_language.isEmpty() ? QStringLiteral("en") : m_language)
                                    : QString();
        if (m_editors[i]->toPlainText() != written)
            m_editors[i]->setPlainText(written);
        if (m_editors[i]->placeholderText() != shown) {
            m_editors[i]->setPlaceholderText(shown);
            // QPlainTextEdit repaints only when its placeholder appears or goes, not when it
            // changes: without this the previous stage's hint stays on screen.
            m_editors[i]->viewport()->update();
        }
        m_editors[i]->setReadOnly(!editable);
    }
    m_updating = false;
}

QImage FunnelView::chartImage() const
{
    QImage image(m_chartArea->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_chartArea->render(&painter);
    return image;
}

void FunnelView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildCharts();
    }
}

} // namespace pw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionsdialog.h"

#include "language.h"
#include "personadocument.h"
#include "store/project.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <vector>

namespace pw {

namespace {

/// Which lines of `before` and `after` a longest common subsequence keeps: the others were
/// removed (before) or added (after).
void commonLines(const QStringList &before, const QStringList &after, QList<bool> *keptBefore, QList<bool> *keptAfter)
{
    const qsizetype n = before.size(), m = after.size();
    std::vector<std::vector<int>> len(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            len[size_t(i)][size_t(j)] = before[i] == after[j] ? len[size_t(i + 1)][size_t(j + 1)] + 1
                                                              : std::max(len[size_t(i + 1)][size_t(j)], len[size_t(i)][size_t(j + 1)]);
    *keptBefore = QList<bool>(n, false);
    *keptAfter = QList<bool>(m, false);
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (before[i] == after[j]) {
            (*keptBefore)[i++] = true;
            (*keptAfter)[j++] = true;
        } else if (len[size_t(i + 1)][size_t(j)] >= len[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
}

QString linesHtml(const QStringList &lines, const QList<bool> &kept, const char *changedColour, bool written)
{
    if (lines.isEmpty())
        return QStringLiteral("<i>%1</i>").arg(VersionsDialog::tr("(empty)").toHtmlEscaped());
    QStringList html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = lines[i].toHtmlEscaped();
        html << (kept.value(i) ? text
                               : QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                                     .arg(QLatin1String(changedColour), text.isEmpty() ? QStringLiteral("&nbsp;") : text));
    }
    QString body = html.join(QStringLiteral("<br>"));
    if (!written)
        body = QStringLiteral("<span style=\"color:#666666\">%1</span><br><i style=\"color:#666666\">%2</i>")
                   .arg(body, VersionsDialog::tr("(the archetype's suggestion)").toHtmlEscaped());
    return body;
}

} // namespace

VersionsDialog::VersionsDialog(PersonaDocument *document, qint64 personaId, QWidget *parent)
    : QDialog(parent), m_document(document), m_personaId(personaId), m_title(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_hint(new QLabel(this)), m_comparison(new QTextBrowser(this)),
      m_restore(new QPushButton(tr("&Restore This Version"), this))
{
    setObjectName(QStringLiteral("versionsDialog"));
    setWindowTitle(tr("Versions of the Persona"));
    resize(1100, 680);
    m_title->setObjectName(QStringLiteral("versionsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);

    m_list->setObjectName(QStringLiteral("versionsList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("When"), tr("Change"), tr("What changed"), tr("Run")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Versions"));

    m_hint->setWordWrap(true);
    m_hint->setText(tr("Select a version to compare it with the persona as it is now, or two (Ctrl+click) to compare "
                       "them. Restore writes back what was written then (name, colour, archetype, picture, template "
                       "and sections); the figures stay those of the current segmentation. Edit › Undo (Ctrl+Z) takes "
                       "a restore back."));

    m_comparison->setObjectName(QStringLiteral("versionsComparison"));
    m_comparison->setOpenLinks(false);
    m_comparison->setAccessibleName(tr("Comparison"));

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Writes back what was written in the selected version, as one undo step"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_hint);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_comparison);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::compare);
    // A change of the persona (an edit, an undo, a restore, a refresh) is a new version.
    connect(m_document, &PersonaDocument::personaChanged, this, [this](qint64 id) {
        if (id == m_personaId)
            reload();
    });
    connect(m_document, &PersonaDocument::listChanged, this, &VersionsDialog::reload);
    reload();
}

void VersionsDialog::setPersona(qint64 id)
{
    if (id == m_personaId)
        return;
    m_personaId = id;
    reload();
}

QString VersionsDialog::versionTitle(const PersonaVersion &v) const
{
    if (v.id == 0)
        return tr("Now");
    return tr("Version %1 · %2 · %3")
        .arg(v.id)
        .arg(QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat), PersonaVersions::causeName(v.cause));
}

void VersionsDialog::reload()
{
    const QList<int> wasSelected = selectedRows();
    const qsizetype oldCount = m_versions.size();
    m_versions.clear();
    Project *project = m_document->project();
    const Persona *persona = m_document->persona(m_personaId);
    const QString lang = applicationLanguage();
    m_title->setText(persona ? tr("Versions of “%1”").arg(persona->displayName(lang)) : tr("The persona is gone"));
    if (project) {
        Error error;
        m_versions = PersonaVersions::list(*project, m_personaId, &error);
        if (const std::optional<PersonaVersion> now = PersonaVersions::current(*project, m_personaId))
            if (m_versions.isEmpty() || !PersonaVersions::sameContent(m_versions.last(), *now))
                m_versions << *now;
        if (error.isSet())
            m_hint->setText(error.toString());
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const PersonaVersion &v : std::as_const(m_versions)) {
        const Persona then = v.persona();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, v.id == 0 ? tr("Now") : locale.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, v.id == 0 ? tr("Not kept as a version yet") : PersonaVersions::causeName(v.cause));
        item->setText(2, PersonaVersions::sectionName(v.section, persona ? *persona : then));
        item->setText(3, v.runId > 0 ? QString::number(v.runId) : QString());
        item->setToolTip(0, versionTitle(v));
        item->setData(0, Qt::UserRole, v.id);
    }
    for (int c = 0; c < 4; ++c)
        if (c != 2)
            m_list->resizeColumnToContents(c);
    // After a change, the newest version is compared with the one before it; otherwise the
    // selection stays.
    QList<int> rows = wasSelected;
    if (m_versions.size() != oldCount || rows.isEmpty())
        rows = m_versions.size() >= 2 ? QList<int> {int(m_versions.size()) - 2, int(m_versions.size()) - 1}
                                      : QList<int> {int(m_versions.size()) - 1};
    selectRows(rows);
    if (m_list->currentItem())
        m_list->scrollToItem(m_list->currentItem());
    compare();
}

void VersionsDialog::selectRows(const QList<int> &rows)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        for (int row : rows)
            if (QTreeWidgetItem *item = m_list->topLevelItem(row)) {
                item->setSelected(true);
                m_list->setCurrentItem(item, 0, QItemSelectionModel::Select);
            }
    }
    compare();
}

QList<int> VersionsDialog::selectedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->isSelected())
            rows << i;
    return rows;
}

void VersionsDialog::compare()
{
    const QList<int> rows = selectedRows();
    const bool writable = m_document->project() && !m_document->project()->isReadOnly();
    m_restore->setEnabled(writable && rows.size() == 1 && m_versions.value(rows.first()).id > 0
                          && m_document->persona(m_personaId));
    m_diff = VersionDiff();
    if (rows.isEmpty() || rows.size() > 2) {
        m_comparison->setHtml(QStringLiteral("<p>%1</p>").arg(
            (rows.isEmpty() ? tr("Select one or two versions to compare.") : tr("Select at most two versions to compare."))
                .toHtmlEscaped()));
        return;
    }
    const PersonaVersion &from = m_versions[rows.first()];
    const PersonaVersion &to = rows.size() == 2 ? m_versions[rows.last()] : m_versions.last();
    m_diff = PersonaVersions::diff(from, to, applicationLanguage());
    m_comparison->setHtml(comparisonHtml(from, to));
}

QString VersionsDialog::comparisonHtml(const PersonaVersion &from, const PersonaVersion &to) const
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><body dir=\"%1\">").arg(dir);
    if (from.id == to.id) {
        html += QStringLiteral("<p dir=\"%1\">%2</p>").arg(dir, tr("This is the persona as it is now.").toHtmlEscaped());
        return html + QStringLiteral("</body></html>");
    }
    const QString align = rtl ? QStringLiteral("right") : QStringLiteral("left");
    // Qt's rich text lays a table's cells out left to right in any direction: in a right-to-left
    // language the earlier version goes on the right, as it is read first.
    auto pair = [rtl, &align](const QString &cell, const QString &before, const QString &after) -> QString {
        const QString one = cell.arg(align, before);
        const QString two = cell.arg(align, after);
        return QStringLiteral("<tr>") + (rtl ? two + one : one + two) + QStringLiteral("</tr>");
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">");
    html += pair(QStringLiteral("<th width=\"50%\" align=\"%1\" bgcolor=\"#eeeeee\">%2</th>"),
                 versionTitle(from).toHtmlEscaped(), versionTitle(to).toHtmlEscaped());
    if (m_diff.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"2\" align=\"%1\">%2</td></tr>")
                    .arg(align, tr("Nothing differs: the two versions hold the same persona.").toHtmlEscaped());
    for (const TextChange &t : m_diff.texts) {
        QList<bool> keptBefore, keptAfter;
        commonLines(t.before, t.after, &keptBefore, &keptAfter);
        QString title = t.title.toHtmlEscaped();
        if (t.isSection && t.evidenceBefore != t.evidenceAfter && !t.evidenceBefore.isEmpty() && !t.evidenceAfter.isEmpty())
            title += QStringLiteral(" <span style=\"font-weight:normal\">(%1)</span>")
                         .arg(tr("evidence: %1 → %2")
                                  .arg(evidenceName(*evidenceFromKey(t.evidenceBefore)),
                                      evidenceName(*evidenceFromKey(t.evidenceAfter)))
                                  .toHtmlEscaped());
        html += QStringLiteral("<tr><td colspan=\"2\" align=\"%1\"><b>%2</b></td></tr>").arg(align, title);
        html += pair(QStringLiteral("<td valign=\"top\" align=\"%1\">%2</td>"),
                     linesHtml(t.before, keptBefore, "#ffd7d5", t.writtenBefore),
                     linesHtml(t.after, keptAfter, "#ccf0d0", t.writtenAfter));
    }
    if (!m_diff.figures.isEmpty()) {
        const Persona a = from.persona();
        const Persona b = to.persona();
        const QLocale locale;
        html += QStringLiteral("<tr><td colspan=\"2\" align=\"%1\"><b>%2</b></td></tr>")
                    .arg(align, tr("Figures that moved").toHtmlEscaped());
        for (const FigureChange &f : m_diff.figures) {
            const bool up = f.after > f.before;
            const QString name = PersonaVersions::figureLabel(f.key).toHtmlEscaped();
            const QString arrow = std::isnan(f.before) || std::isnan(f.after) ? QString()
                : up                                                       ? QStringLiteral(" ▲")
                                                                           : QStringLiteral(" ▼");
            html += pair(QStringLiteral("<td align=\"%1\">%2</td>"),
                         name + QStringLiteral(": ") + PersonaVersions::figureText(a.stats, f.key, locale).toHtmlEscaped(),
                         name + QStringLiteral(": <b>") + PersonaVersions::figureText(b.stats, f.key, locale).toHtmlEscaped()
                             + QStringLiteral("</b>") + arrow);
        }
    }
    return html + QStringLiteral("</table></body></html>");
}

bool VersionsDialog::restoreSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || m_versions.value(rows.first()).id <= 0)
        return false;
    return m_document->restoreVersion(m_personaId, m_versions[rows.first()].id);
}

} // namespace pw

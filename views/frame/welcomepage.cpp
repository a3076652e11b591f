// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "actionicons.h"
#include "language.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw {

namespace {

// The deck's colours (PageTheme): the dark band of its pages and the first persona's blue.
const QColor kBand(0x26, 0x32, 0x38);
const QColor kBandText(0xcf, 0xd8, 0xdc);
const QColor kAccent(0x15, 0x65, 0xc0);
const QColor kMissing(0xc6, 0x28, 0x28);

QFont scaled(const QFont &base, double factor, QFont::Weight weight = QFont::Normal)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

QLabel *label(const QString &text, const QFont &font, QWidget *parent = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setFont(font);
    l->setTextFormat(Qt::PlainText);
    return l;
}

/// Puts a label's text at the reading start of the page, whatever its own script: a Latin name or
/// path in a Hebrew page stays on the right (QLabel otherwise aligns by the text's direction).
void alignLeading(QLabel *l)
{
    l->setAlignment((QGuiApplication::isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter
                    | Qt::AlignAbsolute);
}

/// A label whose text takes the muted colour of the palette (dark themes included).
QLabel *mutedLabel(const QString &text, const QFont &font, QWidget *parent = nullptr)
{
    QLabel *l = label(text, font, parent);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

/// A title over a panel of the page.
QLabel *sectionTitle(const QString &text, const QFont &base)
{
    QLabel *l = label(text, scaled(base, 1.3, QFont::DemiBold));
    l->setAccessibleName(text);
    return l;
}

/// A big button with an icon, a title and a line saying what it does; children let the clicks through.
QPushButton *actionButton(const QString &objectName, const QIcon &icon, const QString &title,
                          const QString &description, const QFont &base, bool primary)
{
    auto *button = new QPushButton;
    button->setObjectName(objectName);
    button->setProperty("primary", primary);
    button->setAccessibleName(title);
    button->setAccessibleDescription(description);
    button->setCursor(Qt::PointingHandCursor);
    auto *row = new QHBoxLayout(button);
    row->setContentsMargins(16, 12, 16, 12);
    row->setSpacing(14);
    auto *iconLabel = new QLabel;
    // On the coloured button the icon sits on a white disc, so that its own colours still show.
    iconLabel->setPixmap(icon.pixmap(primary ? 28 : 36, primary ? 28 : 36));
    iconLabel->setAlignment(Qt::AlignCenter);
    iconLabel->setFixedSize(40, 40);
    if (primary)
        iconLabel->setObjectName(QStringLiteral("primaryIcon"));
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    QLabel *titleLabel = label(title, scaled(base, 1.2, QFont::DemiBold));
    QLabel *descriptionLabel = label(description, base);
    descriptionLabel->setWordWrap(true);
    if (!primary)
        descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    texts->addWidget(titleLabel);
    texts->addWidget(descriptionLabel);
    row->addLayout(texts, 1);
    for (QLabel *l : {iconLabel, titleLabel, descriptionLabel})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (primary) {
        titleLabel->setObjectName(QStringLiteral("primaryText"));
        descriptionLabel->setObjectName(QStringLiteral("primaryText"));
    }
    button->setMinimumHeight(row->sizeHint().height() + 6);
    return button;
}

QString openedText(const QDateTime &opened)
{
    if (!opened.isValid())
        return {};
    const QLocale locale;
    const QDate day = opened.date();
    const QDate today = QDate::currentDate();
    if (day == today)
        return WelcomePage::tr("Opened today, %1").arg(locale.toString(opened.time(), QLocale::ShortFormat));
    if (day == today.addDays(-1))
        return WelcomePage::tr("Opened yesterday, %1").arg(locale.toString(opened.time(), QLocale::ShortFormat));
    return WelcomePage::tr("Opened %1").arg(locale.toString(day, QStringLiteral("d MMMM yyyy")));
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    // Read from across a room: one step larger than the window's text.
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 1.12);
    setFont(base);

    setStyleSheet(QStringLiteral(
                      "QPushButton#demoButton, QPushButton#newProjectButton, QPushButton#openProjectButton {"
                      "  text-align: left; border: 1px solid palette(mid); border-radius: 10px;"
                      "  background: palette(base); }"
                      "QPushButton#demoButton { background: %1; border-color: %1; }"
                      "QPushButton#demoButton:hover { background: %2; }"
                      "QPushButton#newProjectButton:hover, QPushButton#openProjectButton:hover { border-color: %1; }"
                      "QPushButton:focus { border: 2px solid palette(highlight); }"
                      "QFrame#recentPanel, QFrame#stepCard { border: 1px solid palette(mid); border-radius: 10px;"
                      "  background: palette(base); }"
                      "QPushButton#recentItem { border: none; border-radius: 6px; background: transparent; }"
                      "QPushButton#recentItem:hover { background: palette(alternate-base); }"
                      "QPushButton#recentItem:focus { border: 2px solid palette(highlight); }"
                      "QToolButton#removeRecent { border: none; border-radius: 4px; padding: 2px; }"
                      "QToolButton#removeRecent:hover { background: palette(midlight); }"
                      "QLabel#stepNumber { background: %1; color: white; border-radius: 17px; }"
                      // Colours of their own (a style sheet overrides the labels' palettes).
                      "QWidget#welcomeHeader { background: %3; border-bottom: 3px solid %1; }"
                      "QLabel#welcomeTitle, QLabel#primaryText { color: white; }"
                      "QLabel#welcomeSubtitle { color: %4; }"
                      "QLabel#primaryIcon { background: white; border-radius: 20px; }"
                      "QLabel#notFound { color: %5; }")
                      .arg(kAccent.name(), kAccent.lighter(118).name(), kBand.name(), kBandText.name(),
                           kMissing.name()));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(makeHeader());

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("welcomeBody"));
    auto *centre = new QHBoxLayout(body);
    centre->setContentsMargins(32, 22, 32, 20);
    auto *column = new QVBoxLayout;
    column->setSpacing(22);
    auto *top = new QHBoxLayout;
    top->setSpacing(28);
    top->addWidget(makeStart(), 5);
    top->addWidget(makeRecent(), 6);
    column->addLayout(top);
    column->addWidget(makeSteps());
    column->addStretch(1);
    // A readable measure on a wide projector: the content keeps to the middle.
    auto *content = new QWidget;
    content->setLayout(column);
    content->setMaximumWidth(1180);
    centre->addStretch(1);
    centre->addWidget(content, 100);
    centre->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    setRecent({});
}

QWidget *WelcomePage::makeHeader()
{
    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("welcomeHeader"));
    header->setAttribute(Qt::WA_StyledBackground); // the style sheet paints the band
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(40, 22, 40, 20);
    layout->setSpacing(4);
    QLabel *title = label(tr("Persona Workbench"), scaled(font(), 2.1, QFont::Bold));
    QLabel *subtitle = label(tr("Buyer personas from your own customer data, made on your own machine."),
                             scaled(font(), 1.15));
    title->setObjectName(QStringLiteral("welcomeTitle"));
    alignLeading(title);
    subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    subtitle->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    return header;
}

QWidget *WelcomePage::makeStart()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(sectionTitle(tr("Start"), font()));
    const QLocale locale;
    m_demo = actionButton(QStringLiteral("demoButton"), actionIcon(ActionIcon::Propose), tr("Open the demo store"),
                          tr("A small shop with %1 customers: see how personas come out of real-looking data.")
                              .arg(locale.toString(3000)),
                          font(), true);
    m_new = actionButton(QStringLiteral("newProjectButton"), actionIcon(ActionIcon::Import),
                         tr("New project and import data…"),
                         tr("Create a project file, then bring in your customers and orders."), font(), false);
    m_open = actionButton(QStringLiteral("openProjectButton"), style()->standardIcon(QStyle::SP_DialogOpenButton),
                          tr("Open project…"), tr("A project file (.personas) made by you or a colleague."), font(),
                          false);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    layout->addWidget(m_demo);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addStretch(1);
    return panel;
}

QWidget *WelcomePage::makeRecent()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(sectionTitle(tr("Recent projects"), font()));
    titleRow->addStretch(1);
    m_clear = new QPushButton(tr("Clear list"));
    m_clear->setObjectName(QStringLiteral("clearRecentButton"));
    m_clear->setFlat(true);
    m_clear->setCursor(Qt::PointingHandCursor);
    connect(m_clear, &QPushButton::clicked, this, &WelcomePage::clearRecentRequested);
    titleRow->addWidget(m_clear);
    layout->addLayout(titleRow);

    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("recentPanel"));
    auto *inside = new QVBoxLayout(frame);
    inside->setContentsMargins(8, 8, 8, 8);
    inside->setSpacing(2);
    m_recentRows = new QVBoxLayout;
    m_recentRows->setSpacing(2);
    inside->addLayout(m_recentRows);
    m_noRecent = mutedLabel(tr("No recent projects yet. The demo store is a good place to look around."), font());
    m_noRecent->setWordWrap(true);
    m_noRecent->setContentsMargins(10, 10, 10, 10);
    inside->addWidget(m_noRecent);
    inside->addStretch(1);
    layout->addWidget(frame, 1);
    return panel;
}

QWidget *WelcomePage::makeSteps()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(sectionTitle(tr("How it works"), font()));
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    const struct
    {
        QString title;
        QString text;
    } steps[] = {
        {tr("Import your customers and orders"),
         tr("CSV, TSV or Excel files from your shop, CRM or analytics. Names and e-mail addresses are "
            "pseudonymised on the way in; nothing leaves this computer.")},
        {tr("Let the engine propose 3–4 personas"),
         tr("It groups your customers by how they buy and behave, and names each group after a buyer "
            "archetype, with the figures behind it.")},
        {tr("Edit, present and export"),
         tr("Write goals and pain points on the persona templates, then present the deck full screen or "
            "export it for the workshop.")},
    };
    int number = 0;
    for (const auto &step : steps) {
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("stepCard"));
        auto *cardLayout = new QHBoxLayout(card);
        cardLayout->setContentsMargins(16, 16, 16, 16);
        cardLayout->setSpacing(14);
        QLabel *circle = label(QLocale().toString(++number), scaled(font(), 1.25, QFont::Bold));
        circle->setObjectName(QStringLiteral("stepNumber"));
        circle->setAlignment(Qt::AlignCenter);
        circle->setFixedSize(34, 34);
        cardLayout->addWidget(circle, 0, Qt::AlignTop);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(4);
        QLabel *title = label(step.title, scaled(font(), 1.08, QFont::DemiBold));
        title->setWordWrap(true);
        QLabel *text = mutedLabel(step.text, font());
        text->setWordWrap(true);
        texts->addWidget(title);
        texts->addWidget(text);
        texts->addStretch(1);
        cardLayout->addLayout(texts, 1);
        row->addWidget(card, 1);
    }
    layout->addLayout(row);
    return panel;
}

void WelcomePage::setRecent(const QList<RecentProject> &projects)
{
    // Later, not now: the row clicked may be the one whose click rebuilt the list.
    for (QPushButton *item : std::as_const(m_items)) {
        item->hide();
        m_recentRows->removeWidget(item);
        item->deleteLater();
    }
    m_items.clear();
    for (const RecentProject &project : projects) {
        QPushButton *row = makeRow(project);
        m_recentRows->addWidget(row);
        m_items.append(row);
    }
    m_noRecent->setVisible(projects.isEmpty());
    m_clear->setVisible(!projects.isEmpty());
}

QList<QPushButton *> WelcomePage::recentItems() const
{
    return m_items;
}

QPushButton *WelcomePage::makeRow(const RecentProject &project)
{
    const QFileInfo file(project.path);
    auto *row = new QPushButton;
    row->setObjectName(QStringLiteral("recentItem"));
    row->setProperty("path", project.path);
    row->setProperty("missing", !project.exists);
    row->setCursor(project.exists ? Qt::PointingHandCursor : Qt::ArrowCursor);
    row->setToolTip(project.exists ? QDir::toNativeSeparators(project.path)
                                   : tr("%1 is not there any more: it was moved, renamed or deleted.")
                                         .arg(isolated(QDir::toNativeSeparators(project.path))));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(1);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    QFont nameFont = scaled(font(), 1.05, QFont::DemiBold);
    nameFont.setItalic(!project.exists);
    QLabel *name = label(file.completeBaseName(), nameFont);
    alignLeading(name);
    nameRow->addWidget(name);
    QLabel *notFound = nullptr;
    if (!project.exists) {
        name->setForegroundRole(QPalette::PlaceholderText);
        notFound = label(tr("not found"), scaled(font(), 0.9, QFont::DemiBold));
        notFound->setObjectName(QStringLiteral("notFound"));
        nameRow->addWidget(notFound);
    }
    nameRow->addStretch(1);
    texts->addLayout(nameRow);
    QLabel *folder = mutedLabel(QString(), scaled(font(), 0.92));
    folder->setMinimumWidth(80);
    folder->setText(QDir::toNativeSeparators(file.absolutePath()));
    folder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    alignLeading(folder);
    texts->addWidget(folder);
    layout->addLayout(texts, 1);
    const QString when = openedText(project.opened);
    QLabel *opened = nullptr;
    if (!when.isEmpty()) {
        opened = mutedLabel(when, scaled(font(), 0.92));
        layout->addWidget(opened, 0, Qt::AlignVCenter);
    }
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeRecent"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove from the list"));
    remove->setAccessibleName(tr("Remove %1 from the list").arg(file.fileName()));
    remove->setCursor(Qt::PointingHandCursor);
    remove->setAutoRaise(true);
    layout->addWidget(remove, 0, Qt::AlignVCenter);
    for (QLabel *l : {name, notFound, folder, opened})
        if (l)
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
    row->setAccessibleName(project.exists ? file.fileName() : tr("%1, not found").arg(file.fileName()));
    row->setMinimumHeight(layout->sizeHint().height());

    const QString path = project.path;
    const bool exists = project.exists;
    connect(row, &QPushButton::clicked, this, [this, path, exists] {
        if (exists)
            Q_EMIT openRecentRequested(path);
    });
    // Queued: the row that holds the button is rebuilt by the removal.
    connect(remove, &QToolButton::clicked, this, [this, path] { Q_EMIT removeRecentRequested(path); },
            Qt::QueuedConnection);
    return row;
}

} // namespace pw

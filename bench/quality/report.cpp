// SPDX-License-Identifier: GPL-3.0-or-later
// Scores the personas persona-cli proposed for each store of the quality corpus: the chosen k and
// the adjusted Rand index against the planted truth, each persona's archetype against its planted
// group's expected ones, and the checks written in EXPECTATIONS.md. Prints OK or FAIL per store
// and a summary; always exits 0 when it could read its arguments (it is a measurement).
//
// usage: bench_quality_report [--json OUT] [--expectations FILE] [--data DIR] [--quick]
//                             [--big DIR] STORE_DIR...
#include "storescore.h"

#include "common/savefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

using namespace pw::quality;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
}

QString thousands(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

QString secondsLine(const QList<std::pair<QString, double>> &seconds)
{
    QStringList parts;
    double total = 0;
    for (const auto &[step, value] : seconds) {
        parts << QStringLiteral("%1 %2 s").arg(step).arg(value, 0, 'f', 1);
        total += value;
    }
    return parts.isEmpty()
        ? QString()
        : parts.join(QStringLiteral(", ")) + QStringLiteral(" (%1 s)").arg(total, 0, 'f', 1);
}

QString scores(const QJsonObject &byK)
{
    QStringList parts;
    for (auto it = byK.constBegin(); it != byK.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 3);
    return parts.join(QStringLiteral(", "));
}

void printStore(const StoreScore &s)
{
    print(QString());
    print(
        QStringLiteral("== %1%2").arg(s.name, s.what.isEmpty() ? QString() : QStringLiteral(" — ") + s.what));
    if (!s.seconds.isEmpty())
        print(QStringLiteral("   %1 people; %2").arg(thousands(s.people), secondsLine(s.seconds)));
    if (!s.importSummary.isEmpty())
        print(QStringLiteral("   import: ") + s.importSummary);
    if (!s.error.isEmpty()) {
        print(QStringLiteral("   FAIL  %1").arg(s.error));
        return;
    }
    QString kLine = QStringLiteral("   k %1").arg(s.k);
    if (s.synthetic)
        kLine += QStringLiteral(" (expected %1), ARI %2 (target %3), names %4 of %5 right")
                     .arg(s.expectedK)
                     .arg(s.ari, 0, 'f', 3)
                     .arg(kTargetAri)
                     .arg(s.namesRight())
                     .arg(s.segments.size());
    kLine += QStringLiteral("; silhouette {%1}, stability {%2}")
                 .arg(scores(s.silhouetteByK), scores(s.stabilityByK));
    print(kLine);
    if (!s.groupsWithoutPersona.isEmpty())
        print(QStringLiteral("   planted groups that lead no persona: ")
            + s.groupsWithoutPersona.join(QStringLiteral(", ")));
    if (s.unassigned > 0)
        print(QStringLiteral("   %1 planted people are in no persona").arg(thousands(s.unassigned)));
    if (s.synthetic) {
        for (const SegmentScore &seg : s.segments) {
            QStringList others; // the other planted groups of at least 5 % of its people
            for (qsizetype i = 1; i < seg.mix.size(); ++i)
                if (seg.mix[i].second >= 0.05)
                    others << QStringLiteral("%1 %2%")
                                  .arg(seg.mix[i].first)
                                  .arg(qRound(seg.mix[i].second * 100));
            print(QStringLiteral("   %1 %2 %3 %4 planted %5 %6%  expects %7%8")
                      .arg(seg.right ? QStringLiteral("right") : QStringLiteral("WRONG"))
                      .arg(QLatin1Char('"') + seg.persona.name + QLatin1Char('"'), -40)
                      .arg(seg.persona.archetype, -16)
                      .arg(thousands(seg.people), 7)
                      .arg(seg.group, -18)
                      .arg(qRound(seg.groupShare * 100), 3)
                      .arg(seg.expected.join(QLatin1Char('|')),
                          others.isEmpty()
                              ? QString()
                              : QStringLiteral(" (also %1)").arg(others.join(QStringLiteral(", ")))));
        }
    } else {
        for (const PersonaInfo &p : s.personas)
            print(QStringLiteral("   persona %1 %2 %3")
                      .arg(QLatin1Char('"') + p.name + QLatin1Char('"'), -40)
                      .arg(p.archetype, -16)
                      .arg(thousands(p.size), 7));
    }
    for (const CheckResult &c : s.checks)
        print(QStringLiteral("   check %1 %2%3")
                  .arg(c.ok ? QStringLiteral("OK  ") : QStringLiteral("FAIL"), c.rule,
                      c.detail.isEmpty() ? QString() : QStringLiteral("  [") + c.detail + QLatin1Char(']')));
    print(s.ok() ? QStringLiteral("   OK")
                 : QStringLiteral("   FAIL  ") + s.failures.join(QStringLiteral("; ")));
}

QJsonObject bigStore(const QString &dir)
{
    QFile file(dir + QStringLiteral("/store.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject store = QJsonDocument::fromJson(file.readAll()).object();
    store.remove(QStringLiteral("groups"));
    return store;
}

int usage()
{
    std::fprintf(stderr,
        "usage: bench_quality_report [--json OUT] [--expectations FILE] [--data DIR] [--quick] "
        "[--big DIR] STORE_DIR...\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString jsonPath, expectationsPath, dataDir, bigDir;
    bool quick = false;
    QStringList dirs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--json") && hasValue)
            jsonPath = args[++i];
        else if (a == QLatin1String("--expectations") && hasValue)
            expectationsPath = args[++i];
        else if (a == QLatin1String("--data") && hasValue)
            dataDir = args[++i];
        else if (a == QLatin1String("--big") && hasValue)
            bigDir = args[++i];
        else if (a == QLatin1String("--quick"))
            quick = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage();
        else
            dirs << a;
    }
    if (dirs.isEmpty())
        return usage();
    Expectations expectations;
    QString error;
    if (!expectationsPath.isEmpty() && !expectations.load(expectationsPath, &error)) {
        std::fprintf(stderr, "bench_quality_report: %s\n", qPrintable(error));
        return 2;
    }

    QList<StoreScore> scored;
    for (const QString &dir : dirs) {
        scored << scoreStore(dir, expectations, dataDir);
        printStore(scored.last());
    }

    print(QString());
    print(QStringLiteral("store         k       ARI    names  checks  result"));
    int right = 0;
    QJsonArray stores;
    for (const StoreScore &s : scored) {
        right += s.ok() ? 1 : 0;
        stores.append(s.toJson());
        const QString k
            = s.synthetic ? QStringLiteral("%1/%2").arg(s.k).arg(s.expectedK) : QString::number(s.k);
        const QString ari
            = s.synthetic && !std::isnan(s.ari) ? QString::number(s.ari, 'f', 3) : QStringLiteral("-");
        const QString names = s.synthetic ? QStringLiteral("%1/%2").arg(s.namesRight()).arg(s.segments.size())
                                          : QStringLiteral("-");
        const QString checks = s.checks.isEmpty()
            ? QStringLiteral("-")
            : QStringLiteral("%1/%2").arg(s.checksOk()).arg(s.checks.size());
        print(QStringLiteral("%1 %2 %3 %4 %5 %6")
                  .arg(s.name, -13)
                  .arg(k, -7)
                  .arg(ari, -6)
                  .arg(names, -6)
                  .arg(checks, -7)
                  .arg(s.ok() ? QStringLiteral("OK") : QStringLiteral("FAIL")));
    }
    QJsonObject big;
    if (!bigDir.isEmpty()) {
        big = bigStore(bigDir);
        print(QStringLiteral("big store (%1, %2 people): generated in %3 s, files %4")
                  .arg(big.value(QStringLiteral("shape")).toString(),
                      thousands(big.value(QStringLiteral("people")).toInteger()))
                  .arg(big.value(QStringLiteral("generate_seconds")).toDouble(), 0, 'f', 1)
                  .arg(QString::fromUtf8(QJsonDocument(big.value(QStringLiteral("files")).toObject())
                                             .toJson(QJsonDocument::Compact))));
    }
    print(
        QStringLiteral("stores right: %1 / %2 (target: right k, ARI >= %3, every name right, every check OK)")
            .arg(right)
            .arg(scored.size())
            .arg(kTargetAri));

    if (!jsonPath.isEmpty()) {
        QJsonObject report {{QStringLiteral("format"), QStringLiteral("persona-workbench-quality-report")},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("quick"), quick}, {QStringLiteral("target_ari"), kTargetAri},
            {QStringLiteral("stores"), stores}, {QStringLiteral("right"), right},
            {QStringLiteral("total"), qint64(scored.size())}};
        if (!big.isEmpty())
            report.insert(QStringLiteral("big"), big);
        QString problem;
        if (!pw::writeWholeFile(jsonPath, QJsonDocument(report).toJson(), &problem)) {
            std::fprintf(stderr, "bench_quality_report: %s: %s\n", qPrintable(jsonPath), qPrintable(problem));
            return 1;
        }
    }
    return 0;
}

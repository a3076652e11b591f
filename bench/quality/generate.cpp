// SPDX-License-Identifier: GPL-3.0-or-later
// Generates a store of planted, labelled behaviours (see shapes.cpp) as generic-format CSVs, with
// truth.csv (customer_id,group,archetypes) and store.json (the shape, its groups, the expected
// number of segments, the files and their rows). Deterministic per shape, seed and size.
//
// usage: bench_quality_generate SHAPE DIR [--seed N] [--people N | --scale F]
//        bench_quality_generate --list
#include "shapes.h"

#include "common/savefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace pw::quality;

namespace {

int usage()
{
    std::fprintf(stderr,
        "usage: bench_quality_generate SHAPE DIR [--seed N] [--people N | --scale F]\n"
        "       bench_quality_generate --list\n");
    return 2;
}

/// People per group: the shares of `people`, rounded so that they add up (largest remainder).
std::vector<qint64> groupSizes(const Shape &shape, qint64 people)
{
    std::vector<qint64> sizes;
    std::vector<double> remainders;
    qint64 given = 0;
    for (const PlantedGroup &g : shape.groups) {
        const double exact = g.share * double(people);
        sizes.push_back(qint64(std::floor(exact)));
        remainders.push_back(exact - std::floor(exact));
        given += sizes.back();
    }
    for (; given < people; ++given) {
        size_t top = 0;
        for (size_t i = 1; i < remainders.size(); ++i)
            if (remainders[i] > remainders[top])
                top = i;
        ++sizes[top];
        remainders[top] = -1;
    }
    return sizes;
}

bool writeJson(const QString &path, const QJsonObject &json, QString *error)
{
    QString problem;
    if (pw::writeWholeFile(path, QJsonDocument(json).toJson(), &problem))
        return true;
    *error = path + QStringLiteral(": ") + problem;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args == QStringList {QStringLiteral("--list")}) {
        for (const Shape &s : shapes())
            std::printf("%-12s %7lld people, k %d: %s\n", s.name, static_cast<long long>(s.people),
                s.expectedK, s.what);
        return 0;
    }
    quint64 seed = 1;
    qint64 people = -1;
    double scale = 1;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong(&ok);
        else if (args[i] == QLatin1String("--people") && i + 1 < args.size())
            people = args[++i].toLongLong(&ok);
        else if (args[i] == QLatin1String("--scale") && i + 1 < args.size())
            scale = args[++i].toDouble(&ok);
        else
            positional << args[i];
        if (!ok)
            return usage();
    }
    if (positional.size() != 2)
        return usage();
    const Shape *shape = findShape(positional[0]);
    if (!shape) {
        std::fprintf(
            stderr, "bench_quality_generate: no shape '%s' (see --list)\n", qPrintable(positional[0]));
        return 2;
    }
    if (people < 0)
        people = std::max<qint64>(100, std::llround(double(shape->people) * scale));
    const QString dir = positional[1];

    QElapsedTimer timer;
    timer.start();
    StoreWriter w(dir, shape->options, seed, shape->end);
    QString error;
    if (!w.open(&error)) {
        std::fprintf(stderr, "bench_quality_generate: %s\n", qPrintable(error));
        return 1;
    }
    // The groups interleave: each person's group is drawn from a shuffled list of exact counts.
    const std::vector<qint64> sizes = groupSizes(*shape, people);
    std::vector<quint8> groupOf;
    groupOf.reserve(size_t(people));
    for (size_t g = 0; g < sizes.size(); ++g)
        groupOf.insert(groupOf.end(), size_t(sizes[g]), quint8(g));
    for (size_t i = groupOf.size(); i > 1; --i)
        std::swap(groupOf[i - 1], groupOf[size_t(w.rng().below(i))]);
    for (const quint8 g : groupOf) {
        const PlantedGroup &group = shape->groups[g];
        group.plant(w, w.newCustomer(group.key, group.archetypes));
    }
    if (!w.commit(&error)) {
        std::fprintf(stderr, "bench_quality_generate: %s\n", qPrintable(error));
        return 1;
    }

    QJsonArray groups;
    for (qsizetype g = 0; g < shape->groups.size(); ++g) {
        const PlantedGroup &group = shape->groups[g];
        groups.append(QJsonObject {{QStringLiteral("group"), QLatin1String(group.key)},
            {QStringLiteral("archetypes"),
                QJsonArray::fromStringList(QString::fromLatin1(group.archetypes).split(QLatin1Char('|')))},
            {QStringLiteral("people"), sizes[size_t(g)]},
            {QStringLiteral("what"), QLatin1String(group.what)}});
    }
    QJsonObject files;
    for (const QString &f : w.files())
        files.insert(f, w.rows(f));
    const double seconds = double(timer.elapsed()) / 1000.0;
    const QJsonObject store {{QStringLiteral("shape"), QLatin1String(shape->name)},
        {QStringLiteral("what"), QLatin1String(shape->what)}, {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("people"), people}, {QStringLiteral("expected_k"), shape->expectedK},
        {QStringLiteral("end"), QString::fromStdString(isoTime(shape->end))},
        {QStringLiteral("groups"), groups}, {QStringLiteral("files"), files},
        {QStringLiteral("generate_seconds"), seconds}};
    if (!writeJson(dir + QStringLiteral("/store.json"), store, &error)) {
        std::fprintf(stderr, "bench_quality_generate: %s\n", qPrintable(error));
        return 1;
    }
    QStringList counts;
    for (const QString &f : w.files())
        counts << QStringLiteral("%1 %2").arg(f).arg(w.rows(f));
    std::printf("%s: %lld people (%s) in %.2f s\n", shape->name, static_cast<long long>(people),
        qPrintable(counts.join(QStringLiteral(", "))), seconds);
    return 0;
}

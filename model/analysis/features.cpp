// SPDX-License-Identifier: GPL-3.0-or-later
#include "features.h"

#include "featuredefinitions.h"
#include "featurescan.h"
#include "parallelblocks.h"

#include "common/progress.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pw {

namespace {

bool isLogFeature(const QString &key)
{
    return key == Feature::Frequency || key == Feature::Monetary || key == Feature::AverageOrderValue
        || key == Feature::MaxOrderValue || key == Feature::HoursToFirstPurchase || key == Feature::Sessions
        || key == Feature::PagesPerSession || key == Feature::ProductViews || key == Feature::Carts
        || key == Feature::Checkouts || key == Feature::Referrals || key == Feature::DaysBetweenOrders
        || key == Feature::TenureDays || key == Feature::CyclesSinceLastOrder;
}

/// True for non-negative values with a long right tail (the 99th percentile above ten times the
/// median, or above 10 when the median is 0): such a column is log-transformed.
bool isRightSkewed(const std::vector<double> &column);

/// The linear-interpolated percentile (0..1) of values, by selection (the values are reordered).
double selectPercentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    const double pos = p * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    std::nth_element(values.begin(), values.begin() + qsizetype(lo), values.end());
    const double low = values[lo];
    const double high = lo + 1 < values.size() ? *std::min_element(values.begin() + qsizetype(lo) + 1, values.end()) : low;
    return low + (high - low) * (pos - double(lo));
}

bool isRightSkewed(const std::vector<double> &column)
{
    std::vector<double> present;
    for (double v : column) {
        if (std::isnan(v))
            continue;
        if (v < 0)
            return false;
        present.push_back(v);
    }
    if (present.size() < 3)
        return false;
    const double median = selectPercentile(present, 0.5);
    const double high = selectPercentile(present, 0.99);
    return median > 0 ? high > 10 * median : high > 10;
}

/// Fits a transform to one raw column; returns false when the column does not vary.
bool fitTransform(const QString &key, const std::vector<double> &column, FeatureTransform &t)
{
    t = FeatureTransform();
    t.key = key;
    t.log = isLogFeature(key) || (Feature::isImported(key) && isRightSkewed(column));
    std::vector<double> present;
    present.reserve(column.size());
    for (double v : column) {
        if (!std::isnan(v))
            present.push_back(t.log ? std::log1p(std::max(0.0, v)) : v);
    }
    if (present.empty())
        return false;
    t.fill = selectPercentile(present, 0.5);
    // Percentiles, mean and spread of the values present: a value that does not apply to most
    // people (days between orders of single-order buyers) must not shrink the spread of those it
    // applies to, or their differences would weigh many times more than any other feature's.
    std::vector<double> &all = present;
    t.low = selectPercentile(all, 0.01);
    t.high = selectPercentile(all, 0.99);
    double sum = 0;
    for (double v : all)
        sum += std::clamp(v, t.low, t.high);
    t.mean = sum / double(all.size());
    double ss = 0;
    for (double v : all) {
        const double c = std::clamp(v, t.low, t.high) - t.mean;
        ss += c * c;
    }
    t.sd = std::sqrt(ss / double(all.size()));
    return t.sd > 1e-9 * std::max(1.0, std::abs(t.mean));
}

FeatureMatrix assemble(RawFeatureTable &table, const QList<FeatureTransform> &transforms, const QStringList &leftOut)
{
    const QStringList &allKeys = table.keys;
    const size_t dAll = size_t(allKeys.size());
    FeatureMatrix m;
    m.personIds = std::move(table.personIds);
    m.activity = std::move(table.activity);
    m.transforms = transforms;
    m.leftOut = leftOut;
    m.measurable = std::move(table.supported);
    m.periodDays = table.periodDays;
    m.asOf = table.asOf;
    m.purchaseCycleDays = table.purchaseCycleDays;
    m.orderValueCredibility = table.orderValueCredibility;
    for (const FeatureTransform &t : transforms)
        m.keys << t.key;
    const size_t n = size_t(m.personIds.size());
    const size_t d = size_t(m.keys.size());
    m.raw.resize(n * d);
    m.z.resize(n * d);
    for (size_t j = 0; j < d; ++j) {
        const qsizetype found = allKeys.indexOf(m.keys[qsizetype(j)]);
        const size_t src = size_t(found);
        const FeatureTransform &t = transforms[qsizetype(j)];
        for (size_t i = 0; i < n; ++i) {
            // An imported feature missing from the data now is missing for everyone.
            const double v = found >= 0 ? table.values[i * dAll + src] : std::numeric_limits<double>::quiet_NaN();
            m.raw[i * d + j] = v;
            m.z[i * d + j] = float(t.apply(v, m.activity[i].orders));
        }
    }
    return m;
}

} // namespace

double medianOf(std::vector<double> values)
{
    return selectPercentile(values, 0.5);
}

QStringList Feature::all()
{
    // The features are those defined, in their order (see FeatureDefinitions).
    static const QStringList keys = [] {
        QStringList all;
        for (const FeatureDefinitions::FeatureDefinition &d : FeatureDefinitions::features())
            all << d.key;
        return all;
    }();
    return keys;
}

bool Feature::isImported(const QString &key)
{
    return key.startsWith(ImportedPrefix) && key.size() > ImportedPrefix.size();
}

bool Feature::isKnown(const QString &key)
{
    return isImported(key) || all().contains(key);
}

bool Feature::isEventBased(const QString &key)
{
    return key == Sessions || key == PagesPerSession || key == ProductViews || key == BounceRate || key == Carts
        || key == Checkouts || key == CartAbandonment || key == Referrals;
}

QJsonObject FeatureSettings::toJson() const
{
    QJsonObject w;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        w.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("disabled"), QJsonArray::fromStringList(disabled)},
        {QStringLiteral("weights"), w}};
}

FeatureSettings FeatureSettings::fromJson(const QJsonObject &o)
{
    FeatureSettings s;
    for (const QJsonValue &v : o.value(QStringLiteral("disabled")).toArray())
        s.disabled << v.toString();
    const QJsonObject w = o.value(QStringLiteral("weights")).toObject();
    for (auto it = w.begin(); it != w.end(); ++it)
        s.weights.insert(it.key(), it.value().toDouble(1.0));
    return s;
}

FeatureSettings FeatureSettings::load(Project &project)
{
    const QString text = project.setting(QLatin1String(kSettingKey)).toString();
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

QString FeatureSettings::validate() const
{
    for (const QString &key : disabled)
        if (!Feature::isKnown(key))
            return QCoreApplication::translate("Features", "Unknown feature: %1").arg(key);
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (!Feature::isKnown(it.key()))
            return QCoreApplication::translate("Features", "Unknown feature: %1").arg(it.key());
        if (!(it.value() > 0 && it.value() <= 10))
            return QCoreApplication::translate("Features", "The weight of %1 must be above 0 and at most 10").arg(it.key());
    }
    return {};
}

bool FeatureSettings::save(Project &project, Error *error) const
{
    if (const QString problem = validate(); !problem.isEmpty())
        return fail(error, problem);
    if (!project.setSetting(QLatin1String(kSettingKey),
            QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact))))
        return fail(error, QCoreApplication::translate("Features", "The feature settings cannot be saved"));
    return true;
}

WriteStatus FeatureSettings::saveUnchanged(Project &project, qint64 baseRevision, Error *error) const
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        fail(error, problem);
        return WriteStatus::Failed;
    }
    const WriteStatus status = project.setSettingUnchanged(
        QLatin1String(kSettingKey), QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)),
        baseRevision);
    if (status == WriteStatus::Conflict)
        fail(error, QCoreApplication::translate("Features", "Another program changed the feature settings"));
    else if (status == WriteStatus::Failed)
        fail(error, QCoreApplication::translate("Features", "The feature settings cannot be saved"));
    return status;
}

double FeatureTransform::apply(double raw, qint64 orders) const
{
    double v = std::isnan(raw) ? fill : (log ? std::log1p(std::max(0.0, raw)) : raw);
    v = std::clamp(v, low, high);
    const double shrink = credibility > 0 && orders > 0 ? double(orders) / (double(orders) + credibility) : 1.0;
    return sd > 0 ? weight * shrink * (v - mean) / sd : 0.0;
}

QJsonObject FeatureTransform::toJson() const
{
    return QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("log1p"), log},
        {QStringLiteral("fill"), fill}, {QStringLiteral("low"), low}, {QStringLiteral("high"), high},
        {QStringLiteral("mean"), mean}, {QStringLiteral("sd"), sd}, {QStringLiteral("weight"), weight},
        {QStringLiteral("credibility"), credibility}};
}

FeatureTransform FeatureTransform::fromJson(const QJsonObject &o)
{
    FeatureTransform t;
    t.key = o.value(QStringLiteral("key")).toString();
    t.log = o.value(QStringLiteral("log1p")).toBool();
    t.fill = o.value(QStringLiteral("fill")).toDouble();
    t.low = o.value(QStringLiteral("low")).toDouble();
    t.high = o.value(QStringLiteral("high")).toDouble();
    t.mean = o.value(QStringLiteral("mean")).toDouble();
    t.sd = o.value(QStringLiteral("sd")).toDouble(1.0);
    t.weight = o.value(QStringLiteral("weight")).toDouble(1.0);
    t.credibility = o.value(QStringLiteral("credibility")).toDouble(0.0); // runs before it had none
    return t;
}

QJsonArray FeatureMatrix::transformsJson() const
{
    QJsonArray a;
    for (const FeatureTransform &t : transforms)
        a.append(t.toJson());
    return a;
}

std::optional<FeatureMatrix> computeFeatures(Project &project, const FeatureSettings &settings, Progress *progress,
    Error *error, const std::optional<QDate> &asOf, OrderHistory *orders)
{
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    RawFeatureTable table;
    if (!scanFeatures(project, progress, table, error, asOf, orders))
        return std::nullopt;
    const QStringList allKeys = table.keys;
    const size_t dAll = size_t(allKeys.size());
    const size_t n = size_t(table.personIds.size());
    QList<FeatureTransform> transforms;
    QStringList leftOut;
    QHash<QString, LeftOutReason> reasons;
    // Fit the candidate columns in parallel (each on its own; the result does not depend on it).
    std::vector<size_t> candidates;
    for (size_t j = 0; j < dAll; ++j)
        if (settings.isEnabled(allKeys[qsizetype(j)]) && table.supported.contains(allKeys[qsizetype(j)]))
            candidates.push_back(j);
    std::vector<FeatureTransform> fitted(candidates.size());
    std::vector<char> varies(candidates.size(), 0);
    forEachBlock(qsizetype(candidates.size()), threadCount(0), [&](qsizetype c) {
        const size_t j = candidates[size_t(c)];
        std::vector<double> column(n);
        for (size_t i = 0; i < n; ++i)
            column[i] = table.values[i * dAll + j];
        varies[size_t(c)] = fitTransform(allKeys[qsizetype(j)], column, fitted[size_t(c)]) ? 1 : 0;
    });
    for (size_t j = 0, c = 0; j < dAll; ++j) {
        const QString &key = allKeys[qsizetype(j)];
        LeftOutReason reason = LeftOutReason::NoVariation;
        bool keep = false;
        if (!settings.isEnabled(key)) {
            reason = LeftOutReason::SwitchedOff;
        } else if (!table.supported.contains(key)) {
            reason = LeftOutReason::NoData;
        } else {
            keep = varies[c] != 0;
            if (keep) {
                FeatureTransform t = fitted[c];
                t.weight = settings.weight(key);
                if (key == Feature::AverageOrderValue || key == Feature::MaxOrderValue)
                    t.credibility = table.orderValueCredibility;
                transforms << t;
            }
            ++c;
        }
        if (!keep) {
            leftOut << key;
            reasons.insert(key, reason);
        }
    }
    FeatureMatrix m = assemble(table, transforms, leftOut);
    m.leftOutReasons = reasons;
    return m;
}

std::optional<FeatureMatrix> computeFeatures(
    Project &project, Progress *progress, Error *error, const std::optional<QDate> &asOf, OrderHistory *orders)
{
    return computeFeatures(project, FeatureSettings::load(project), progress, error, asOf, orders);
}

std::optional<FeatureMatrix> computeFeatures(Project &project, const QList<FeatureTransform> &transforms,
    Progress *progress, Error *error, const std::optional<QDate> &asOf)
{
    for (const FeatureTransform &t : transforms) {
        if (!Feature::isKnown(t.key)) {
            fail(error, QCoreApplication::translate("Features", "Unknown feature: %1").arg(t.key));
            return std::nullopt;
        }
    }
    RawFeatureTable table;
    if (!scanFeatures(project, progress, table, error, asOf))
        return std::nullopt;
    return assemble(table, transforms, {});
}

} // namespace pw

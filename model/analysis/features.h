// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "store/writestatus.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace pw {

struct OrderHistory;

class Project;
class Progress;

/// Feature keys, in the order they appear in a matrix (those the data cannot support are left out).
namespace Feature {
inline const QString RecencyDays = QStringLiteral("recency_days");
inline const QString Frequency = QStringLiteral("frequency");
inline const QString Monetary = QStringLiteral("monetary");
inline const QString AverageOrderValue = QStringLiteral("average_order_value");
inline const QString MaxOrderValue = QStringLiteral("max_order_value");
inline const QString DiscountShare = QStringLiteral("discount_share");
inline const QString TenureDays = QStringLiteral("tenure_days");
inline const QString DaysBetweenOrders = QStringLiteral("days_between_orders");
inline const QString CyclesSinceLastOrder = QStringLiteral("cycles_since_last_order");
inline const QString HoursToFirstPurchase = QStringLiteral("hours_to_first_purchase");
inline const QString CategoryDiversity = QStringLiteral("category_diversity");
inline const QString Sessions = QStringLiteral("sessions");
inline const QString PagesPerSession = QStringLiteral("pages_per_session");
inline const QString ProductViews = QStringLiteral("product_views");
inline const QString BounceRate = QStringLiteral("bounce_rate");
inline const QString Carts = QStringLiteral("carts");
inline const QString Checkouts = QStringLiteral("checkouts");
inline const QString CartAbandonment = QStringLiteral("cart_abandonment");
inline const QString AverageRating = QStringLiteral("average_rating");
inline const QString Referrals = QStringLiteral("referrals");
inline const QString MobileShare = QStringLiteral("mobile_share");
inline const QString ChannelCount = QStringLiteral("channel_count");
/// Every feature the engine knows, in matrix order.
QStringList all();
/// True for the features that come from events (sessions).
bool isEventBased(const QString &key);
/// Features imported per person (the `person_features` table, e.g. pre-aggregated analytics)
/// are clustered as "imported:<name>" after the computed ones.
inline const QString ImportedPrefix = QStringLiteral("imported:");
bool isImported(const QString &key);
/// A computed feature's key or an imported one.
bool isKnown(const QString &key);
} // namespace Feature

/// Which features the user switched off and how much weight each kept one gets (1 by default;
/// a weight multiplies the standardised column, so 2 counts a feature twice as much in distances).
/// Stored per project (the `meta` table, key "feature_settings").
struct FeatureSettings
{
    QStringList disabled;
    QHash<QString, double> weights;

    double weight(const QString &key) const { return weights.value(key, 1.0); }
    bool isEnabled(const QString &key) const { return !disabled.contains(key); }
    QJsonObject toJson() const;
    static FeatureSettings fromJson(const QJsonObject &o);
    /// The project's settings (defaults when none were saved).
    static FeatureSettings load(Project &project);
    /// Saves them in the project; unknown feature keys or weights outside (0, 10] are an error.
    bool save(Project &project, Error *error) const;
    /// The same if the stored settings still have `baseRevision` (Project::settingRevision() of
    /// kSettingKey when they were read); Conflict when another program changed them since.
    WriteStatus saveUnchanged(Project &project, qint64 baseRevision, Error *error) const;
    static constexpr const char *kSettingKey = "feature_settings";
    /// An error message for unknown keys or bad weights, empty when all is well.
    QString validate() const;
};

/// The median of `values` (the mean of the middle two for an even count; 0 when empty).
double medianOf(std::vector<double> values);

/// Why a feature is not in a matrix.
enum class LeftOutReason { NoData, NoVariation, SwitchedOff };

/// How one feature's raw values became the standardised ones: optional log1p (of max(0, x)),
/// missing values replaced by `fill`, clipped to [low, high] (the 1st and 99th percentiles),
/// then z = (x - mean) / sd.
struct FeatureTransform
{
    QString key;
    bool log = false;
    double fill = 0;
    double low = 0;
    double high = 0;
    double mean = 0;
    double sd = 1;
    double weight = 1; ///< multiplies the standardised value
    /// For a value estimated from a person's orders (order value): how many orders of evidence the
    /// store's mean counts for (FeatureMatrix::orderValueCredibility). A buyer's standardised
    /// value is shrunk towards the mean by n / (n + credibility): where one order says little about
    /// what someone usually spends, the chance spread of single orders must not outweigh whether
    /// people buy again at all. 0 = none.
    double credibility = 0;

    /// The standardised value of a raw value (NaN = missing) of someone with `orders` purchases.
    double apply(double raw, qint64 orders) const;
    QJsonObject toJson() const;
    static FeatureTransform fromJson(const QJsonObject &o);
};

/// What each person did, in counts the evidence of a persona is built from (independent of which
/// features were kept).
struct PersonActivity
{
    qint64 orders = 0; ///< purchases (see Purchase)
    double revenue = 0; ///< net revenue (see Purchase)
    double purchaseValue = 0; ///< the totals of the purchases alone
    qint64 discountedOrders = 0;
    qint64 sessions = 0;
    qint64 carts = 0; ///< sessions with add_to_cart or begin_checkout
    qint64 abandonedCarts = 0; ///< of those, sessions without a purchase
    qint64 bounces = 0; ///< sessions with at most one event besides session_start
    double hoursToFirstPurchase = 0; ///< NaN for someone who never ordered or had no visit before
    double recencyDays = 0; ///< see FeatureMatrix::raw's recency_days
    double daysBetweenOrders = 0; ///< see days_between_orders; NaN with fewer than two purchases
    double maxOrderValue = 0;
};

/// The per-person feature matrix: one row per person of the project (buyers or not), ordered by
/// the person's integer id.
struct FeatureMatrix
{
    QList<qint64> personIds; ///< the people's customer ids are in `people`: see RunStore::customerIds()
    QStringList keys; ///< the features kept, in column order
    QStringList leftOut; ///< features the data cannot support (no events, no variation) or switched off
    QHash<QString, LeftOutReason> leftOutReasons; ///< why, per key of `leftOut`
    /// The features whose source the data holds (kept or not): a figure of one that is not here
    /// is "no data" (e.g. discount_share without a discount or coupon column), never 0.
    QSet<QString> measurable;
    double periodDays = 0; ///< days from the store's first date to its last (orders, events, reviews)
    /// The date the features were computed as of (see computeFeatures()); unset = all the data.
    std::optional<QDate> asOf;
    /// The store's purchase cycle: the median of the repeat buyers' mean days between orders (a
    /// quarter of periodDays when fewer than 20 people bought twice), at least 14 days.
    double purchaseCycleDays = 0;
    /// Bühlmann's credibility of a person's order values measured on the store's buyers: the
    /// variance of repeat buyers' log order values around their own mean over the variance of
    /// people's means beyond it (at most 20; 0 with fewer than 20 repeat buyers). Order value and
    /// largest order of a buyer with n purchases are shrunk by n / (n + this).
    double orderValueCredibility = 0;
    /// Raw values, rows() × columns() row-major. NaN where a value does not apply:
    /// hours_to_first_purchase of someone who never ordered.
    std::vector<double> raw;
    /// Standardised values (transforms applied), rows() × columns(), contiguous row-major.
    std::vector<float> z;
    QList<FeatureTransform> transforms; ///< one per kept feature, in column order
    std::vector<PersonActivity> activity; ///< one per row

    qsizetype rows() const { return personIds.size(); }
    int columns() const { return int(keys.size()); }
    double rawAt(qsizetype row, int column) const
    {
        return raw[size_t(row) * size_t(columns()) + size_t(column)];
    }
    float zAt(qsizetype row, int column) const { return z[size_t(row) * size_t(columns()) + size_t(column)]; }
    QJsonArray transformsJson() const;
};

/// Computes every person's features from the store in one pass per table (a scan of the table
/// in storage order through SQLite's C interface, aggregated per person in memory; the orders are
/// read in parallel on their own connections, with the same result for any number of threads).
///
/// Definitions (moments are the store's own, never the clock):
/// - the store's last date is the latest order, event or review;
/// - recency_days: days from the person's last order to the store's last date; for someone who
///   never ordered, from their last activity of any kind (event, review), else their sign-up
///   date, else the store's first date;
/// - purchases and net revenue are as Purchase defines them: an order that is no purchase
///   (cancelled, refunded, voided, failed, ...) counts in monetary only, and there only with a
///   negative total (a credit, e.g. a UCI "C" invoice); in a store without orders, the purchase
///   events make the purchases; a person a feature table's conversion column says bought, and
///   who has no purchase otherwise, counts one purchase in `activity` (the segment's buyers)
///   and in no feature (it has no moment and no amount), and that column is not clustered;
/// - frequency: purchases; monetary: the person's net revenue, so that the people's monetary adds
///   up to the store's revenue;
///   average_order_value: the purchases' totals / frequency, max_order_value: the largest
///   purchase (both 0 without purchases); discount_share: purchases with a discount > 0 or a
///   coupon code, divided by purchases (0 without purchases);
/// - tenure_days: from the person's first activity (order, event, review, sign-up) to the store's
///   last date; days_between_orders: (last order - first order) / (orders - 1), missing with
///   fewer than two orders; category_diversity: distinct categories of the person's orders and
///   order items;
/// - cycles_since_last_order: recency_days of a buyer over the purchase cycle expected of them:
///   their own mean days between orders (repeat buyers), else the store's purchase cycle (the
///   median of the repeat buyers' days between orders, a quarter of the data's period when fewer
///   than 20 people bought twice, at least 14 days); missing for those who never bought. Lifecycle
///   (active, lapsed, one-time) is recency against that cycle;
/// - hours_to_first_purchase: from the person's first event to their first order; missing (NaN)
///   for those who never ordered and for those with no event before their first order (nothing
///   shows how soon they bought);
/// - sessions: distinct session ids; pages_per_session: page and product views per session;
///   product_views: product views; bounce_rate: share of sessions with at most one event besides
///   session_start; carts / checkouts: sessions with add_to_cart / begin_checkout;
///   cart_abandonment: sessions with add_to_cart or begin_checkout and no purchase, divided by
///   sessions with add_to_cart or begin_checkout (0 without carts); referrals: referral events;
/// - average_rating: mean review rating (an NPS n counts as 1 + 0.4 n), missing without reviews;
/// - mobile_share: share of the person's orders and sessions on a mobile or tablet device, missing
///   when none of them names a device; channel_count: distinct order channels and event sources.
/// Missing values are standardised as the median of those present; the winsorising percentiles,
/// the mean and the spread are those of the values present. A feature whose source the
/// data lacks (no events, no reviews, no categories, no devices, no channels) is left out, and so
/// is any feature whose transformed values do not vary or that `settings` switches off; all are
/// listed in `leftOut` with the reason. Transform: log1p for the skewed counts and amounts,
/// winsorised at the 1st/99th percentile, standardised, multiplied by the feature's weight;
/// a buyer's order values are shrunk towards the mean by n / (n + orderValueCredibility).
///
/// As of a date (`asOf` set): only what happened up to and including that day (UTC) is read —
/// orders (of any status) by their date, their items by their order's date, events, dated
/// reviews, sign-ups — and the store's last date is the as-of date itself (00:00 UTC), so
/// recency and tenure count from it. People with nothing dated on or before it are not in the
/// matrix. Undated data cannot be placed in time: reviews without a date are not read, and a
/// feature table's columns (imported features) are left out as no data, its conversion column
/// says nobody bought; a project whose purchases come only from a feature table is refused, as
/// is a date before anything in the project. Without `asOf` the features are those of all the
/// data, bit for bit.
/// Returns nullopt on a database error or cancel (`error` says which).
/// `orders`: the orders kept for the runs of a timeline (see scanOrders()), may be null.
std::optional<FeatureMatrix> computeFeatures(Project &project, const FeatureSettings &settings, Progress *progress,
    Error *error, const std::optional<QDate> &asOf = std::nullopt, OrderHistory *orders = nullptr);

/// The same with the project's saved FeatureSettings.
std::optional<FeatureMatrix> computeFeatures(Project &project, Progress *progress, Error *error,
    const std::optional<QDate> &asOf = std::nullopt, OrderHistory *orders = nullptr);

/// The same matrix standardised with given transforms instead of fitted ones (e.g. to export the
/// features of an earlier run exactly as it standardised them): the columns are the transforms'
/// keys, in their order, and `leftOut` is empty. An unknown key is an error.
std::optional<FeatureMatrix> computeFeatures(Project &project, const QList<FeatureTransform> &transforms,
    Progress *progress, Error *error, const std::optional<QDate> &asOf = std::nullopt);

} // namespace pw

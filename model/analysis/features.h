// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace pw {

class Project;
class Progress;

/// Feature keys, in the order they appear in a matrix (those the data cannot support are left out).
namespace Feature {
inline const QString RecencyDays = QStringLiteral("recency_days");
inline const QString Frequency = QStringLiteral("frequency");
inline const QString Monetary = QStringLiteral("monetary");
inline const QString AverageOrderValue = QStringLiteral("average_order_value");
inline const QString DiscountShare = QStringLiteral("discount_share");
inline const QString HoursToFirstPurchase = QStringLiteral("hours_to_first_purchase");
inline const QString Sessions = QStringLiteral("sessions");
inline const QString PagesPerSession = QStringLiteral("pages_per_session");
inline const QString ProductViews = QStringLiteral("product_views");
inline const QString BounceRate = QStringLiteral("bounce_rate");
inline const QString CartAbandonment = QStringLiteral("cart_abandonment");
/// Every feature the engine knows, in matrix order.
QStringList all();
/// True for the features that come from events (sessions).
bool isEventBased(const QString &key);
} // namespace Feature

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

    /// The standardised value of a raw value (NaN = missing).
    double apply(double raw) const;
    QJsonObject toJson() const;
    static FeatureTransform fromJson(const QJsonObject &o);
};

/// What each person did, in counts the evidence of a persona is built from (independent of which
/// features were kept).
struct PersonActivity
{
    qint64 orders = 0;
    double revenue = 0;
    qint64 discountedOrders = 0;
    qint64 sessions = 0;
    qint64 carts = 0; ///< sessions with add_to_cart or begin_checkout
    qint64 abandonedCarts = 0; ///< of those, sessions without a purchase
    qint64 bounces = 0; ///< sessions with at most one event besides session_start
    double hoursToFirstPurchase = 0; ///< NaN for someone who never ordered
    double recencyDays = 0; ///< see FeatureMatrix::raw's recency_days
};

/// The per-person feature matrix: one row per person of the project (buyers or not), ordered by
/// the person's integer id.
struct FeatureMatrix
{
    QList<qint64> personIds;
    QStringList customerIds;
    QStringList keys; ///< the features kept, in column order
    QStringList leftOut; ///< features the data cannot support (no events, no variation)
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

/// Computes every person's features from the store with one aggregate query per table.
///
/// Definitions (moments are the store's own, never the clock):
/// - the store's last date is the latest order, event or review;
/// - recency_days: days from the person's last order to the store's last date; for someone who
///   never ordered, from their last activity of any kind (event, review), else their sign-up
///   date, else the store's first date;
/// - frequency: orders; monetary: sum of order totals; average_order_value: monetary /
///   frequency (0 without orders); discount_share: orders with a discount > 0 or a coupon code,
///   divided by orders (0 without orders);
/// - hours_to_first_purchase: from the person's first activity (event or order) to their first
///   order; missing (NaN) for those who never ordered, and standardised as the buyers' median;
/// - sessions: distinct session ids; pages_per_session: page and product views per session;
///   product_views: product views; bounce_rate: share of sessions with at most one event besides
///   session_start; cart_abandonment: sessions with add_to_cart or begin_checkout and no purchase,
///   divided by sessions with add_to_cart or begin_checkout (0 without carts).
/// Event-based features are left out when no person has an event, and any feature whose
/// transformed values do not vary is left out too; both are listed in `leftOut`.
/// Transform: log1p for the skewed counts and amounts (frequency, monetary,
/// average_order_value, hours_to_first_purchase, sessions, pages_per_session, product_views),
/// winsorised at the 1st/99th percentile, standardised. Returns nullopt on a database error or
/// cancel (`error` says which).
std::optional<FeatureMatrix> computeFeatures(Project &project, Progress *progress, Error *error);

/// The same matrix standardised with given transforms instead of fitted ones (e.g. to export the
/// features of an earlier run exactly as it standardised them): the columns are the transforms'
/// keys, in their order, and `leftOut` is empty. An unknown key is an error.
std::optional<FeatureMatrix> computeFeatures(
    Project &project, const QList<FeatureTransform> &transforms, Progress *progress, Error *error);

} // namespace pw

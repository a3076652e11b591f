// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace pw {

/// The one definition of every per-person feature: what is gathered of each person (an
/// aggregate: a count, a sum, a first or last moment) and the formula that makes a feature of
/// those aggregates. The app's feature scan (scanFeatures()) fills the aggregates from the
/// project and evaluates these formulas; the warehouse recipes (FeatureRecipe) write the same
/// aggregates and the same formulas as SQL. Feature::all() is the list of these features.
namespace FeatureDefinitions {

/// What is gathered of each person. Moments are seconds since the epoch (UTC); a moment a person
/// does not have is missing (NaN here, NULL in SQL), a count or sum they have none of is 0.
enum class Aggregate : quint8 {
    Orders, ///< purchases (see Purchase: orders that are purchases, else the purchase events)
    Revenue, ///< net revenue: the purchases' totals and every negative total
    PurchaseValue, ///< the purchases' totals
    MaxOrderValue, ///< the largest purchase (0 without one)
    DiscountedOrders, ///< purchases with a discount > 0 or a coupon code
    FirstOrder, ///< moment of the first purchase
    LastOrder, ///< moment of the last purchase
    Sessions, ///< distinct sessions
    Bounces, ///< sessions with at most one event besides session_start
    Pages, ///< page and product views
    ProductViews, ///< product views
    Carts, ///< sessions with add_to_cart or begin_checkout
    Checkouts, ///< sessions with begin_checkout
    AbandonedCarts, ///< of the carts, sessions without a purchase event
    Referrals, ///< referral events
    FirstEvent, ///< moment of the first event
    FirstSeen, ///< first purchase, event, dated review or sign-up
    LastActivity, ///< last event or dated review
    Signup, ///< sign-up moment
    RatingSum, ///< the reviews' ratings (an NPS n counts 1 + 0.4 n)
    Ratings, ///< reviews
    Categories, ///< distinct categories of the purchases and their items
    Channels, ///< distinct order channels of the purchases and event sources
    WithDevice, ///< purchases and sessions that name a device
    Mobile, ///< of those, on a mobile or tablet device
    OrderValueLogs, ///< the sum of log1p(max(0, total)) over the purchases
    OrderValueLogSquares, ///< the sum of its squares
};
inline constexpr int kAggregateCount = int(Aggregate::OrderValueLogSquares) + 1;

/// Figures of the whole store the formulas use.
enum class StoreFigure : quint8 {
    FirstMoment, ///< the store's first date: the earliest purchase, event or dated review (0 if none)
    LastMoment, ///< the store's last date, which recency and tenure count to
    PurchaseCycleDays, ///< see purchaseCycleDays()
};
inline constexpr int kStoreFigureCount = int(StoreFigure::PurchaseCycleDays) + 1;

/// How an aggregate is gathered in SQL: from which of the recipe's row sets (`source`, whose
/// rows carry `cid` and the columns `sql` names) by which aggregate expression, and what a person
/// without rows there gets (0, or NULL for a moment).
struct AggregateDefinition
{
    Aggregate id;
    const char *name; ///< the column name in SQL
    const char *source; ///< the row set (see FeatureRecipe)
    const char *sql; ///< an aggregate expression over the source's rows
    bool missingWithoutRows; ///< NULL (not 0) for a person without rows in the source
};

/// Every aggregate, in the order of Aggregate.
const std::vector<AggregateDefinition> &aggregates();

/// An arithmetic formula over a person's aggregates and the store's figures. A missing value
/// behaves as SQL's NULL does: arithmetic on it is missing, a comparison with it is false.
class Formula
{
public:
    enum class Kind : quint8 { Aggregate, StoreFigure, Number, Missing, Add, Subtract, Divide, Greatest, Coalesce, WhenGreater, WhenAtMost };

    Formula() = default;
    static Formula aggregate(Aggregate a);
    static Formula figure(StoreFigure f);
    static Formula number(double value);
    static Formula missing();
    /// `a` < `b` ? `b` : `a` (std::max's rule; with a missing `a` it is missing).
    static Formula greatest(const Formula &a, const Formula &b);
    /// The first of `a`, `b` that is not missing.
    static Formula coalesce(const Formula &a, const Formula &b);
    /// `a` > `b` ? `then` : `otherwise`.
    static Formula whenGreater(const Formula &a, const Formula &b, const Formula &then, const Formula &otherwise);
    /// `a` <= `b` ? `then` : `otherwise`.
    static Formula whenAtMost(const Formula &a, const Formula &b, const Formula &then, const Formula &otherwise);
    /// `denominator` > 0 ? `numerator` / `denominator` : `otherwise`.
    static Formula ratio(const Formula &numerator, const Formula &denominator, const Formula &otherwise);
    Formula operator+(const Formula &other) const;
    Formula operator-(const Formula &other) const;
    Formula operator/(const Formula &other) const;

    /// Whether the formula reads this figure.
    bool uses(StoreFigure f) const;
    /// Whether the formula reads this aggregate.
    bool uses(Aggregate a) const;

    /// Fills `out[0 .. count)` with `values(a, begin, count, buffer)`: the values of an aggregate
    /// for rows begin .. begin + count, NaN where missing.
    using AggregateReader = std::function<void(Aggregate, qsizetype begin, qsizetype count, double *out)>;
    /// The formula's value for `count` rows from `begin`, into `out`.
    void evaluate(const AggregateReader &values, const double *figures, qsizetype begin, qsizetype count,
        double *out) const;

    /// The formula as an SQL expression: `aggregate` and `figure` give the SQL of the leaves,
    /// `doubleType` is the dialect's double type (divisions divide doubles, never integers).
    QString toSql(const std::function<QString(Aggregate)> &aggregate, const std::function<QString(StoreFigure)> &figure,
        const QString &doubleType) const;

private:
    struct Node;
    explicit Formula(std::shared_ptr<const Node> node);
    static Formula make(Kind kind, std::vector<Formula> arguments);
    std::shared_ptr<const Node> m_node;
};

/// One feature: its key (Feature::…) and its formula.
struct FeatureDefinition
{
    QString key;
    Formula formula;
};

/// Every feature, in matrix order (Feature::all()).
const QList<FeatureDefinition> &features();

/// The definition of `key`, or null.
const FeatureDefinition *find(const QString &key);

/// The columns a recipe's feature table carries besides the features (see recipeColumns()).
namespace RecipeColumn {
inline const QString OrderValueLogSum = QStringLiteral("order_value_log_sum");
inline const QString OrderValueLogSumSquares = QStringLiteral("order_value_log_sumsq");
inline const QString StorePeriodDays = QStringLiteral("store_period_days");
inline const QString StorePurchaseCycleDays = QStringLiteral("store_purchase_cycle_days");
} // namespace RecipeColumn

/// What the app derives of the store besides each person's features, written by the recipe
/// (FeatureRecipe) after the features so that its table, imported, is clustered and named as the
/// app's own computed features (see isRecipeTable()): per person, the sum and the sum of squares
/// of log1p(order total) over the purchases (the order-value shrink's credibility is measured on
/// them: FeatureMatrix::orderValueCredibility); and, the same on every row, the store's period
/// (FeatureMatrix::periodDays) and purchase cycle (FeatureMatrix::purchaseCycleDays). In this order.
const QList<FeatureDefinition> &recipeColumns();

/// Whether the columns of a feature table (its header without the id column) are a recipe's:
/// every column a feature key (Feature::all()) or one of recipeColumns(), and all of
/// recipeColumns() there. Such a table is read as the app's own computed features; any other
/// table's columns are imported features ("imported:<name>"), even when named as app features.
bool isRecipeTable(const QStringList &columns);

/// The store's purchase cycle in days: the median of the repeat buyers' mean days between orders
/// (`gaps`), or a quarter of `periodDays` when fewer than 20 people bought twice; at least 14.
double purchaseCycleDays(std::vector<double> gaps, double periodDays);

/// The device of an order or event counts as mobile: it names a mobile, phone, tablet, iOS or
/// Android device (ASCII case ignored).
bool isMobileDevice(const QByteArray &device);
/// The words isMobileDevice() looks for, in lower case.
const QStringList &mobileDeviceWords();

} // namespace FeatureDefinitions

} // namespace pw

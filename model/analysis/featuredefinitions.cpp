// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuredefinitions.h"

#include "features.h"

#include <QByteArrayList>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pw::FeatureDefinitions {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kSecondsPerDay = 86400.0;
constexpr double kSecondsPerHour = 3600.0;
constexpr double kShortestCycleDays = 14.0;
constexpr qsizetype kMostRepeatBuyersForQuarter = 20; ///< fewer repeat buyers: a quarter of the period

} // namespace

const std::vector<AggregateDefinition> &aggregates()
{
    // The row sets (sources) are written by FeatureRecipe: `purchases` (one row per purchase:
    // t, total, discounted), `revenue_rows` (amount), `sessions` (one row per person and session:
    // first_t, last_t, other, pages, products, cart, checkout, purchase, referrals), `person_events`
    // (t), `first_moments` / `last_moments` (t), `signups` (t), `ratings` (rating), `categories`,
    // `channels` (a word each), `devices` (has_device, is_mobile).
    static const std::vector<AggregateDefinition> all{
        {Aggregate::Orders, "orders", "purchases", "COUNT(*)", false},
        {Aggregate::Revenue, "revenue", "revenue_rows", "SUM(amount)", false},
        {Aggregate::PurchaseValue, "purchase_value", "purchases", "SUM(total)", false},
        {Aggregate::MaxOrderValue, "largest_purchase", "purchases", "MAX(total)", false},
        {Aggregate::DiscountedOrders, "discounted_orders", "purchases", "SUM(discounted)", false},
        {Aggregate::FirstOrder, "first_order", "purchases", "MIN(t)", true},
        {Aggregate::LastOrder, "last_order", "purchases", "MAX(t)", true},
        {Aggregate::Sessions, "sessions", "sessions", "COUNT(*)", false},
        {Aggregate::Bounces, "bounces", "sessions", "SUM(CASE WHEN other <= 1 THEN 1 ELSE 0 END)", false},
        {Aggregate::Pages, "pages", "sessions", "SUM(pages)", false},
        {Aggregate::ProductViews, "products", "sessions", "SUM(products)", false},
        {Aggregate::Carts, "carts", "sessions", "SUM(cart)", false},
        {Aggregate::Checkouts, "checkouts", "sessions", "SUM(checkout)", false},
        {Aggregate::AbandonedCarts, "abandoned_carts", "sessions", "SUM(CASE WHEN cart = 1 AND purchase = 0 THEN 1 ELSE 0 END)", false},
        {Aggregate::Referrals, "referrals", "sessions", "SUM(referrals)", false},
        {Aggregate::FirstEvent, "first_event", "person_events", "MIN(t)", true},
        {Aggregate::FirstSeen, "first_seen", "first_moments", "MIN(t)", true},
        {Aggregate::LastActivity, "last_activity", "last_moments", "MAX(t)", true},
        {Aggregate::Signup, "signup", "signups", "MAX(t)", true},
        {Aggregate::RatingSum, "rating_sum", "ratings", "SUM(rating)", false},
        {Aggregate::Ratings, "ratings", "ratings", "COUNT(*)", false},
        {Aggregate::Categories, "categories", "categories", "COUNT(DISTINCT word)", false},
        {Aggregate::Channels, "channels", "channels", "COUNT(DISTINCT word)", false},
        {Aggregate::WithDevice, "with_device", "devices", "SUM(has_device)", false},
        {Aggregate::Mobile, "mobile", "devices", "SUM(is_mobile)", false},
        // log1p(max(0, total)): LN(1 + x) is the same but for amounts far below a cent.
        {Aggregate::OrderValueLogs, "order_value_logs", "purchases",
            "SUM(LN(1 + CASE WHEN total > 0 THEN total ELSE 0 END))", false},
        {Aggregate::OrderValueLogSquares, "order_value_log_squares", "purchases",
            "SUM(LN(1 + CASE WHEN total > 0 THEN total ELSE 0 END)"
            " * LN(1 + CASE WHEN total > 0 THEN total ELSE 0 END))",
            false},
    };
    return all;
}

struct Formula::Node
{
    Kind kind = Kind::Missing;
    double number = 0;
    Aggregate aggregate = Aggregate::Orders;
    StoreFigure figure = StoreFigure::FirstMoment;
    std::vector<Formula> arguments;
};

Formula::Formula(std::shared_ptr<const Node> node)
    : m_node(std::move(node))
{
}

Formula Formula::make(Kind kind, std::vector<Formula> arguments)
{
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->arguments = std::move(arguments);
    return Formula(std::move(node));
}

Formula Formula::aggregate(Aggregate a)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Aggregate;
    node->aggregate = a;
    return Formula(std::move(node));
}

Formula Formula::figure(StoreFigure f)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::StoreFigure;
    node->figure = f;
    return Formula(std::move(node));
}

Formula Formula::number(double value)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Number;
    node->number = value;
    return Formula(std::move(node));
}

Formula Formula::missing()
{
    return make(Kind::Missing, {});
}

Formula Formula::greatest(const Formula &a, const Formula &b)
{
    return make(Kind::Greatest, {a, b});
}

Formula Formula::coalesce(const Formula &a, const Formula &b)
{
    return make(Kind::Coalesce, {a, b});
}

Formula Formula::whenGreater(const Formula &a, const Formula &b, const Formula &then, const Formula &otherwise)
{
    return make(Kind::WhenGreater, {a, b, then, otherwise});
}

Formula Formula::whenAtMost(const Formula &a, const Formula &b, const Formula &then, const Formula &otherwise)
{
    return make(Kind::WhenAtMost, {a, b, then, otherwise});
}

Formula Formula::ratio(const Formula &numerator, const Formula &denominator, const Formula &otherwise)
{
    return whenGreater(denominator, number(0), numerator / denominator, otherwise);
}

Formula Formula::operator+(const Formula &other) const
{
    return make(Kind::Add, {*this, other});
}

Formula Formula::operator-(const Formula &other) const
{
    return make(Kind::Subtract, {*this, other});
}

Formula Formula::operator/(const Formula &other) const
{
    return make(Kind::Divide, {*this, other});
}

bool Formula::uses(StoreFigure f) const
{
    if (m_node->kind == Kind::StoreFigure)
        return m_node->figure == f;
    return std::any_of(m_node->arguments.begin(), m_node->arguments.end(), [&](const Formula &a) { return a.uses(f); });
}

bool Formula::uses(Aggregate a) const
{
    if (m_node->kind == Kind::Aggregate)
        return m_node->aggregate == a;
    return std::any_of(m_node->arguments.begin(), m_node->arguments.end(), [&](const Formula &x) { return x.uses(a); });
}

void Formula::evaluate(const AggregateReader &values, const double *figures, qsizetype begin, qsizetype count,
    double *out) const
{
    const Node &n = *m_node;
    const size_t c = size_t(count);
    switch (n.kind) {
    case Kind::Aggregate:
        values(n.aggregate, begin, count, out);
        return;
    case Kind::StoreFigure:
        std::fill_n(out, c, figures[int(n.figure)]);
        return;
    case Kind::Number:
        std::fill_n(out, c, n.number);
        return;
    case Kind::Missing:
        std::fill_n(out, c, kNaN);
        return;
    default:
        break;
    }
    // Each argument into a buffer of its own, then combined row by row.
    std::vector<std::vector<double>> args(n.arguments.size(), std::vector<double>(c));
    for (size_t a = 0; a < n.arguments.size(); ++a)
        n.arguments[a].evaluate(values, figures, begin, count, args[a].data());
    for (size_t i = 0; i < c; ++i) {
        switch (n.kind) {
        case Kind::Add:
            out[i] = args[0][i] + args[1][i];
            break;
        case Kind::Subtract:
            out[i] = args[0][i] - args[1][i];
            break;
        case Kind::Divide:
            out[i] = args[0][i] / args[1][i];
            break;
        case Kind::Greatest:
            out[i] = args[0][i] < args[1][i] ? args[1][i] : args[0][i];
            break;
        case Kind::Coalesce:
            out[i] = std::isnan(args[0][i]) ? args[1][i] : args[0][i];
            break;
        case Kind::WhenGreater:
            out[i] = args[0][i] > args[1][i] ? args[2][i] : args[3][i];
            break;
        case Kind::WhenAtMost:
            out[i] = args[0][i] <= args[1][i] ? args[2][i] : args[3][i];
            break;
        default:
            out[i] = kNaN;
        }
    }
}

namespace {

QString sqlNumber(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

QString Formula::toSql(const std::function<QString(Aggregate)> &aggregate,
    const std::function<QString(StoreFigure)> &figure, const QString &doubleType) const
{
    const Node &n = *m_node;
    auto arg = [&](size_t i) { return n.arguments[i].toSql(aggregate, figure, doubleType); };
    switch (n.kind) {
    case Kind::Aggregate:
        return aggregate(n.aggregate);
    case Kind::StoreFigure:
        return figure(n.figure);
    case Kind::Number:
        return sqlNumber(n.number);
    case Kind::Missing:
        return QStringLiteral("CAST(NULL AS %1)").arg(doubleType);
    case Kind::Add:
        return QStringLiteral("(%1 + %2)").arg(arg(0), arg(1));
    case Kind::Subtract:
        return QStringLiteral("(%1 - %2)").arg(arg(0), arg(1));
    case Kind::Divide:
        // Never an integer division: the numerator is made a double.
        return QStringLiteral("(CAST(%1 AS %3) / %2)").arg(arg(0), arg(1), doubleType);
    case Kind::Greatest:
        // Not GREATEST(): engines differ on NULL arguments; this is std::max's rule everywhere.
        return QStringLiteral("CASE WHEN %1 < %2 THEN %2 ELSE %1 END").arg(arg(0), arg(1));
    case Kind::Coalesce:
        return QStringLiteral("COALESCE(%1, %2)").arg(arg(0), arg(1));
    case Kind::WhenGreater:
        return QStringLiteral("CASE WHEN %1 > %2 THEN %3 ELSE %4 END").arg(arg(0), arg(1), arg(2), arg(3));
    case Kind::WhenAtMost:
        return QStringLiteral("CASE WHEN %1 <= %2 THEN %3 ELSE %4 END").arg(arg(0), arg(1), arg(2), arg(3));
    }
    return {};
}

const QList<FeatureDefinition> &features()
{
    using F = Formula;
    static const QList<FeatureDefinition> all = [] {
        const F orders = F::aggregate(Aggregate::Orders);
        const F zero = F::number(0);
        const F one = F::number(1);
        const F day = F::number(kSecondsPerDay);
        const F last = F::figure(StoreFigure::LastMoment);
        // The moment recency counts from: the last purchase; for someone who never bought, the
        // last activity of any kind, else the sign-up, else the store's first date.
        const F lastSeen = F::whenGreater(orders, zero, F::aggregate(Aggregate::LastOrder),
            F::coalesce(F::aggregate(Aggregate::LastActivity),
                F::coalesce(F::aggregate(Aggregate::Signup), F::figure(StoreFigure::FirstMoment))));
        const F recency = F::greatest(zero, (last - lastSeen) / day);
        const F daysBetween = F::whenGreater(orders, one,
            (F::aggregate(Aggregate::LastOrder) - F::aggregate(Aggregate::FirstOrder)) / day / (orders - one), F::missing());
        // A repeat buyer's own cycle (at least a day), else the store's.
        const F ownCycle = F::whenGreater(orders, one, F::greatest(daysBetween, one), F::figure(StoreFigure::PurchaseCycleDays));
        const F firstEvent = F::aggregate(Aggregate::FirstEvent);
        const F firstOrder = F::aggregate(Aggregate::FirstOrder);
        const F sessions = F::aggregate(Aggregate::Sessions);
        return QList<FeatureDefinition>{
            {Feature::RecencyDays, recency},
            {Feature::Frequency, orders},
            {Feature::Monetary, F::aggregate(Aggregate::Revenue)},
            {Feature::AverageOrderValue, F::ratio(F::aggregate(Aggregate::PurchaseValue), orders, zero)},
            {Feature::MaxOrderValue, F::aggregate(Aggregate::MaxOrderValue)},
            {Feature::DiscountShare, F::ratio(F::aggregate(Aggregate::DiscountedOrders), orders, zero)},
            {Feature::TenureDays,
                F::greatest(zero, (last - F::coalesce(F::aggregate(Aggregate::FirstSeen), last)) / day)},
            {Feature::DaysBetweenOrders, daysBetween},
            {Feature::CyclesSinceLastOrder, F::whenGreater(orders, zero, recency / ownCycle, F::missing())},
            // Without a visit before the first purchase, nothing says how soon it came.
            {Feature::HoursToFirstPurchase,
                F::whenGreater(orders, zero,
                    F::whenAtMost(firstEvent, firstOrder, (firstOrder - firstEvent) / F::number(kSecondsPerHour), F::missing()),
                    F::missing())},
            {Feature::CategoryDiversity, F::aggregate(Aggregate::Categories)},
            {Feature::Sessions, sessions},
            {Feature::PagesPerSession, F::ratio(F::aggregate(Aggregate::Pages), sessions, zero)},
            {Feature::ProductViews, F::aggregate(Aggregate::ProductViews)},
            {Feature::BounceRate, F::ratio(F::aggregate(Aggregate::Bounces), sessions, zero)},
            {Feature::Carts, F::aggregate(Aggregate::Carts)},
            {Feature::Checkouts, F::aggregate(Aggregate::Checkouts)},
            {Feature::CartAbandonment,
                F::ratio(F::aggregate(Aggregate::AbandonedCarts), F::aggregate(Aggregate::Carts), zero)},
            {Feature::AverageRating, F::ratio(F::aggregate(Aggregate::RatingSum), F::aggregate(Aggregate::Ratings), F::missing())},
            {Feature::Referrals, F::aggregate(Aggregate::Referrals)},
            {Feature::MobileShare,
                F::ratio(F::aggregate(Aggregate::Mobile), F::aggregate(Aggregate::WithDevice), F::missing())},
            {Feature::ChannelCount, F::aggregate(Aggregate::Channels)},
        };
    }();
    return all;
}

const FeatureDefinition *find(const QString &key)
{
    for (const FeatureDefinition &d : features())
        if (d.key == key)
            return &d;
    return nullptr;
}

const QList<FeatureDefinition> &recipeColumns()
{
    using F = Formula;
    static const QList<FeatureDefinition> all{
        {RecipeColumn::OrderValueLogSum, F::aggregate(Aggregate::OrderValueLogs)},
        {RecipeColumn::OrderValueLogSumSquares, F::aggregate(Aggregate::OrderValueLogSquares)},
        {RecipeColumn::StorePeriodDays,
            (F::figure(StoreFigure::LastMoment) - F::figure(StoreFigure::FirstMoment))
                / F::number(kSecondsPerDay)},
        {RecipeColumn::StorePurchaseCycleDays, F::figure(StoreFigure::PurchaseCycleDays)},
    };
    return all;
}

bool isRecipeTable(const QStringList &columns)
{
    QSet<QString> names;
    for (const QString &c : columns)
        names.insert(c.trimmed());
    for (const FeatureDefinition &c : recipeColumns())
        if (!names.contains(c.key))
            return false;
    return std::all_of(names.begin(), names.end(), [](const QString &name) {
        return find(name) || std::any_of(recipeColumns().begin(), recipeColumns().end(),
                                 [&](const FeatureDefinition &c) { return c.key == name; });
    });
}

double purchaseCycleDays(std::vector<double> gaps, double periodDays)
{
    double cycle = periodDays / 4.0;
    if (qsizetype(gaps.size()) >= kMostRepeatBuyersForQuarter)
        cycle = medianOf(std::move(gaps));
    return std::max(kShortestCycleDays, cycle);
}

const QStringList &mobileDeviceWords()
{
    static const QStringList words{QStringLiteral("mobile"), QStringLiteral("phone"), QStringLiteral("tablet"),
        QStringLiteral("ios"), QStringLiteral("android")};
    return words;
}

bool isMobileDevice(const QByteArray &device)
{
    static const QByteArrayList words = [] {
        QByteArrayList list;
        for (const QString &w : mobileDeviceWords())
            list << w.toLatin1();
        return list;
    }();
    const QByteArray d = device.toLower();
    return std::any_of(words.begin(), words.end(), [&](const QByteArray &w) { return d.contains(w); });
}

} // namespace pw::FeatureDefinitions

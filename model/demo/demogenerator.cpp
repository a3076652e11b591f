// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace pw {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kMinute = 60;

struct Product
{
    const char *sku;
    const char *name;
    const char *category;
    double price;
};

// Prices ascending, so that a value band is a contiguous range.
const Product kProducts[] = {
    {"ACC-011", "Enamel pin set", "Accessories", 8.5},
    {"BEA-101", "Lip balm trio", "Beauty", 9.9},
    {"HOM-201", "Mug \"Morning\", 350 ml", "Home", 12.0},
    {"ACC-014", "Canvas tote bag", "Accessories", 14.0},
    {"APP-301", "Organic cotton socks (3 pairs)", "Apparel", 16.0},
    {"BEA-105", "Hand cream, lavender", "Beauty", 18.5},
    {"HOM-204", "Scented candle", "Home", 22.0},
    {"APP-305", "Basic T-shirt", "Apparel", 24.0},
    {"ELE-401", "USB-C cable, 2 m", "Electronics", 19.0},
    {"ACC-018", "Leather card holder", "Accessories", 29.0},
    {"BEA-110", "Vitamin C serum", "Beauty", 34.0},
    {"HOM-210", "Linen cushion cover", "Home", 38.0},
    {"APP-310", "Merino beanie", "Apparel", 42.0},
    {"ELE-405", "Wireless charger", "Electronics", 45.0},
    {"APP-320", "Hoodie", "Apparel", 64.0},
    {"FTW-501", "Canvas sneakers", "Footwear", 72.0},
    {"HOM-220", "Ceramic vase", "Home", 79.0},
    {"ELE-410", "Bluetooth speaker", "Electronics", 89.0},
    {"FTW-505", "Trail running shoes", "Footwear", 129.0},
    {"APP-330", "Rain jacket", "Apparel", 149.0},
    {"ELE-420", "Noise-cancelling headphones", "Electronics", 219.0},
    {"HOM-230", "Espresso machine", "Home", 289.0},
    {"APP-340", "Wool coat", "Apparel", 329.0},
    {"ELE-430", "Smartwatch", "Electronics", 399.0},
};
constexpr int kProductCount = int(sizeof(kProducts) / sizeof(kProducts[0]));

struct Name
{
    const char *display; // UTF-8
    const char *ascii;
};
const Name kFirstNames[]
    = {{"Emma", "emma"}, {"Liam", "liam"}, {"Noa", "noa"}, {"Olivia", "olivia"}, {"Lucas", "lucas"},
        {"Zoë", "zoe"}, {"José", "jose"}, {"Anna", "anna"}, {"Yael", "yael"}, {"Дмитрий", "dmitry"},
        {"Sofia", "sofia"}, {"Mateo", "mateo"}, {"Chloé", "chloe"}, {"Noah", "noah"}, {"Mia", "mia"},
        {"Ethan", "ethan"}, {"Léa", "lea"}, {"Jonas", "jonas"}, {"Aisha", "aisha"}, {"Hiroshi", "hiroshi"}};
const Name kLastNames[] = {{"Smith", "smith"}, {"Cohen", "cohen"}, {"Müller", "mueller"},
    {"García", "garcia"}, {"O'Brien", "obrien"}, {"Rossi", "rossi"}, {"Martin", "martin"}, {"Levi", "levi"},
    {"Ivanova", "ivanova"}, {"Nowak", "nowak"}, {"Johnson", "johnson"}, {"Dubois", "dubois"},
    {"Jansen", "jansen"}, {"Silva", "silva"}, {"Tanaka", "tanaka"}, {"Van der Berg", "vanderberg"}};

struct Place
{
    const char *country;
    const char *region;
    const char *city;
    double weight;
};
const Place kPlaces[] = {
    {"US", "New York", "New York", 14},
    {"US", "California", "San Francisco", 10},
    {"US", "District of Columbia", "Washington, D.C.", 4},
    {"GB", "England", "London", 12},
    {"GB", "Scotland", "Edinburgh", 3},
    {"DE", "Berlin", "Berlin", 9},
    {"DE", "Bavaria", "München", 5},
    {"FR", "Île-de-France", "Paris", 8},
    {"IL", "Tel Aviv", "Tel Aviv-Yafo", 7},
    {"IL", "Jerusalem", "Jerusalem", 3},
    {"NL", "North Holland", "Amsterdam", 6},
    {"CA", "Ontario", "Toronto", 6},
    {"ES", "Catalonia", "Barcelona", 5},
    {"AU", "New South Wales", "Sydney", 4},
    {"RU", "Moscow", "Москва", 4},
};

/// The archetypes' shares of people, in Kind order.
const double kShares[] = {0.22, 0.20, 0.14, 0.14, 0.06, 0.11, 0.07, 0.06};

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

DemoGenerator::DemoGenerator(int people, quint64 seed)
    : m_people(std::max(0, people))
    , m_rng(seed)
{ }

qint64 DemoGenerator::windowStart()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 DemoGenerator::windowEnd()
{
    return QDateTime(QDate(2025, 6, 30), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
}

void DemoGenerator::generate()
{
    customers = {{"customer_id", "email", "first_name", "last_name", "gender", "age", "country", "region",
        "city", "signup_date", "acquisition_channel", "accepts_marketing"}};
    orders = {{"order_id", "customer_id", "order_date", "total", "discount", "shipping", "items", "currency",
        "status", "coupon_code", "category", "channel", "device"}};
    orderItems = {{"order_id", "sku", "product_name", "category", "quantity", "unit_price"}};
    events = {{"session_id", "customer_id", "timestamp", "event_type", "source", "device", "page", "value"}};
    reviews = {{"customer_id", "order_id", "rating", "date"}};
    kinds.clear();
    for (int i = 0; i < m_people; ++i)
        person(i);
    anonymousSessions(m_people / 10);
}

DemoGenerator::Kind DemoGenerator::drawKind()
{
    double r = m_rng.uniform();
    for (int k = 0; k < 8; ++k) {
        r -= kShares[k];
        if (r < 0)
            return Kind(k);
    }
    return Kind::Bouncer;
}

QString DemoGenerator::sessionId()
{
    return QStringLiteral("S%1").arg(++m_sessions, 7, 10, QLatin1Char('0'));
}

QString DemoGenerator::pick(const QStringList &list)
{
    return list[qsizetype(m_rng.below(quint64(list.size())))];
}

qint64 DemoGenerator::dayTime(qint64 day)
{
    // Most visits between 07:00 and 23:00.
    return day - day % kDay + 7 * 3600 + qint64(m_rng.below(16 * 3600));
}

void DemoGenerator::customerRow(const Person &p, Kind kind, qint64 signup)
{
    const Name &first = kFirstNames[m_rng.below(std::size(kFirstNames))];
    const Name &last = kLastNames[m_rng.below(std::size(kLastNames))];
    double r = m_rng.uniform() * 100.0;
    const Place *place = &kPlaces[0];
    for (const Place &candidate : kPlaces) {
        r -= candidate.weight;
        place = &candidate;
        if (r < 0)
            break;
    }
    const int age
        = std::clamp(int(std::lround(m_rng.normal(kind == Kind::FirstTimeHigh ? 44 : 36, 11))), 18, 79);
    const QString email = QString::fromLatin1(first.ascii) + QLatin1Char('.')
        + QString::fromLatin1(last.ascii) + QString::number(m_rng.below(100)) + QLatin1Char('@')
        + pick({QStringLiteral("example.com"), QStringLiteral("mail.example.org"),
            QStringLiteral("inbox.example.net")});
    const bool marketing = m_rng.chance(kind == Kind::DiscountSeeker ? 0.9 : 0.55);
    customers << QStringList {p.id, email, QString::fromUtf8(first.display), QString::fromUtf8(last.display),
        pick({QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("female"),
            QStringLiteral("male"), QStringLiteral("other")}),
        QString::number(age), QString::fromUtf8(place->country), QString::fromUtf8(place->region),
        QString::fromUtf8(place->city), iso(signup), p.source,
        marketing ? QStringLiteral("true") : QStringLiteral("false")};
}

qint64 DemoGenerator::session(const Person &p, qint64 start, int views, bool cart, bool checkout,
    const QString &orderId, double value, qint64 purchaseAt)
{
    if (start > windowEnd())
        return start;
    const QString id = sessionId();
    const QString source = m_rng.chance(0.6)
        ? p.source
        : pick({QStringLiteral("direct"), QStringLiteral("email"), QStringLiteral("organic_search")});
    qint64 t = start;
    auto add = [&](const QString &type, const QString &page, const QString &eventValue = QString()) {
        events << QStringList {id, p.id, iso(t), type, source, p.device, page, eventValue};
    };
    const qint64 end = purchaseAt > 0 ? purchaseAt : windowEnd();
    add(QStringLiteral("page_view"),
        pick({QStringLiteral("/"), QStringLiteral("/collections/new"), QStringLiteral("/blog/gift-guide"),
            QStringLiteral("/collections/sale")}));
    const int gap = purchaseAt > 0 ? std::max<int>(10, int((purchaseAt - start) / (views + 4))) : 75;
    QString lastSku;
    for (int v = 0; v < views; ++v) {
        t = std::min(end, t + 10 + qint64(m_rng.below(quint64(gap) * 2)));
        const Product &product = kProducts[m_rng.below(kProductCount)];
        lastSku = QString::fromLatin1(product.sku);
        if (m_rng.chance(0.12))
            add(QStringLiteral("search"),
                QStringLiteral("/search?q=") + QString::fromLatin1(product.category).toLower());
        else if (m_rng.chance(0.65))
            add(QStringLiteral("product_view"), QStringLiteral("/products/") + lastSku);
        else
            add(QStringLiteral("page_view"),
                QStringLiteral("/collections/") + QString::fromLatin1(product.category).toLower());
    }
    if (cart) {
        t = std::min(end, t + 20 + qint64(m_rng.below(quint64(gap))));
        add(QStringLiteral("add_to_cart"), QStringLiteral("/cart"));
    }
    if (checkout) {
        t = std::min(end, t + 30 + qint64(m_rng.below(quint64(gap))));
        add(QStringLiteral("begin_checkout"), QStringLiteral("/checkout"));
    }
    if (!orderId.isEmpty()) {
        t = purchaseAt;
        add(QStringLiteral("purchase"), QStringLiteral("/checkout/thank-you"), money(value));
    }
    return t;
}

DemoGenerator::Basket DemoGenerator::basket(double meanValue)
{
    // Items from the price band around the wanted order value.
    int low = 0, high = kProductCount - 1;
    while (low < kProductCount - 4 && kProducts[low].price < meanValue * 0.25)
        ++low;
    while (high > low + 3 && kProducts[high].price > meanValue * 1.2)
        --high;
    Basket b;
    const int lines = meanValue > 200 ? 1 + int(m_rng.below(2)) : 1 + int(m_rng.below(3));
    for (int i = 0; i < lines; ++i) {
        const Product &product = kProducts[low + int(m_rng.below(quint64(high - low + 1)))];
        const int quantity = product.price < 20 && m_rng.chance(0.3) ? 2 : 1;
        b.subtotal += product.price * quantity;
        b.items += quantity;
        if (b.category.isEmpty())
            b.category = QString::fromLatin1(product.category);
        b.lines << QStringList {QString::fromLatin1(product.sku), QString::fromUtf8(product.name),
            QString::fromLatin1(product.category), QString::number(quantity), money(product.price)};
    }
    return b;
}

QString DemoGenerator::order(const Person &p, qint64 when, double meanValue, double couponChance, bool quick)
{
    if (when > windowEnd())
        return QString();
    const QString id = QStringLiteral("O%1").arg(++m_orders, 6, 10, QLatin1Char('0'));
    const Basket b = basket(meanValue);
    QString coupon;
    double discount = 0;
    if (m_rng.chance(couponChance)) {
        static const QStringList codes = {QStringLiteral("WELCOME10"), QStringLiteral("SAVE15"),
            QStringLiteral("SUMMER20"), QStringLiteral("FLASH25")};
        const int c = int(m_rng.below(4));
        coupon = codes[c];
        discount = std::round(b.subtotal * (0.10 + 0.05 * c) * 100.0) / 100.0;
    }
    const double shipping = b.subtotal - discount >= 75 ? 0.0 : 4.95;
    const double total = b.subtotal - discount + shipping;
    // The order's session: browse, cart, checkout, purchase (within minutes for an impulse).
    const qint64 sessionStart = when
        - (quick ? 2 * kMinute + qint64(m_rng.below(10 * kMinute))
                 : 4 * kMinute + qint64(m_rng.below(25 * kMinute)));
    session(p, std::max(windowStart(), sessionStart),
        quick ? 1 + int(m_rng.below(3)) : 2 + int(m_rng.below(5)), true, true, id, total, when);
    orders << QStringList {id, p.id, iso(when), money(total), money(discount), money(shipping),
        QString::number(b.items), QStringLiteral("USD"), QStringLiteral("paid"), coupon, b.category,
        p.device == QLatin1String("mobile") && m_rng.chance(0.4) ? QStringLiteral("app")
                                                                 : QStringLiteral("web"),
        p.device};
    for (QStringList line : b.lines) {
        line.prepend(id);
        orderItems << line;
    }
    return id;
}

void DemoGenerator::maybeReview(
    const Person &p, const QString &orderId, qint64 orderAt, double chance, int minRating)
{
    if (orderId.isEmpty() || !m_rng.chance(chance))
        return;
    const qint64 when = orderAt + 3 * kDay + qint64(m_rng.below(14 * kDay));
    if (when > windowEnd())
        return;
    const int rating = std::clamp(minRating + int(m_rng.below(quint64(6 - minRating))), 1, 5);
    reviews << QStringList {p.id, orderId, QString::number(rating), iso(when)};
    const QString id = sessionId();
    events << QStringList {id, p.id, iso(when), QStringLiteral("review"), QStringLiteral("email"), p.device,
        QStringLiteral("/account/reviews"), QString::number(rating)};
}

void DemoGenerator::referral(const Person &p, qint64 when)
{
    if (when > windowEnd())
        return;
    const QString id = sessionId();
    events << QStringList {id, p.id, iso(when), QStringLiteral("page_view"), QStringLiteral("direct"),
        p.device, QStringLiteral("/refer-a-friend"), QString()};
    events << QStringList {id, p.id, iso(when + 40 + qint64(m_rng.below(120))), QStringLiteral("referral"),
        QStringLiteral("direct"), p.device, QStringLiteral("/refer-a-friend"), QString()};
}

void DemoGenerator::anonymousSessions(int count)
{
    Person anonymous;
    for (int i = 0; i < count; ++i) {
        anonymous.device = pick({QStringLiteral("mobile"), QStringLiteral("desktop")});
        anonymous.source = pick(
            {QStringLiteral("paid_search"), QStringLiteral("social"), QStringLiteral("organic_search")});
        const qint64 start
            = dayTime(windowStart() + qint64(m_rng.below(quint64(windowEnd() - windowStart() - kDay))));
        session(anonymous, start, int(m_rng.below(3)), false, false);
    }
}

void DemoGenerator::person(int index)
{
    const Kind kind = drawKind();
    kinds << kind;
    Person p;
    p.id = QStringLiteral("C%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    const double deviceDraw = m_rng.uniform();
    p.device = deviceDraw < 0.55 ? QStringLiteral("mobile")
                                 : (deviceDraw < 0.93 ? QStringLiteral("desktop") : QStringLiteral("tablet"));
    p.source = kind == Kind::DiscountSeeker
        ? pick({QStringLiteral("email"), QStringLiteral("affiliate"), QStringLiteral("social")})
        : pick({QStringLiteral("organic_search"), QStringLiteral("paid_search"), QStringLiteral("social"),
            QStringLiteral("direct"), QStringLiteral("referral"), QStringLiteral("email")});
    const qint64 span = windowEnd() - windowStart();
    const bool buyer = kind >= Kind::FirstTimeLow;
    // Buyers first visit early enough to order inside the window.
    const qint64 latest = buyer ? span - 60 * kDay : span - kDay;
    p.firstVisit = dayTime(windowStart() + qint64(m_rng.below(quint64(latest))));
    auto later = [&](qint64 from, int minDays, int maxDays) {
        return dayTime(from + qint64(minDays + int(m_rng.below(quint64(maxDays - minDays + 1)))) * kDay);
    };

    qint64 signup = p.firstVisit;
    bool registered = true;
    switch (kind) {
    case Kind::Bouncer: {
        registered = m_rng.chance(0.1);
        qint64 t = p.firstVisit;
        const int sessions = 1 + int(m_rng.below(3));
        for (int s = 0; s < sessions && t <= windowEnd(); ++s) {
            session(p, t, 0, false, false);
            t = later(t, 5, 90);
        }
        break;
    }
    case Kind::PassiveBrowser: {
        registered = m_rng.chance(0.4);
        qint64 t = p.firstVisit;
        const int sessions = 3 + int(m_rng.below(8));
        for (int s = 0; s < sessions && t <= windowEnd(); ++s) {
            session(p, t, 3 + int(m_rng.below(10)), false, false);
            t = later(t, 2, 40);
        }
        break;
    }
    case Kind::CartAbandoner: {
        registered = m_rng.chance(0.7);
        qint64 t = p.firstVisit;
        const int sessions = 2 + int(m_rng.below(5));
        int carts = 0;
        for (int s = 0; s < sessions && t <= windowEnd(); ++s) {
            const bool cart = s == sessions - 1 || (carts < 3 && m_rng.chance(0.4));
            carts += cart ? 1 : 0;
            session(p, t, 2 + int(m_rng.below(7)), cart, cart && m_rng.chance(0.6));
            t = later(t, 1, 30);
        }
        break;
    }
    case Kind::FirstTimeLow:
    case Kind::FirstTimeHigh: {
        const bool high = kind == Kind::FirstTimeHigh;
        qint64 t = p.firstVisit;
        const int before = 1 + int(m_rng.below(4));
        for (int s = 0; s < before; ++s) {
            session(p, t, 2 + int(m_rng.below(8)), false, false);
            t = later(t, 1, 12);
        }
        const double value
            = high ? m_rng.logNormal(std::log(260.0), 0.3) : m_rng.logNormal(std::log(24.0), 0.3);
        const QString id = order(p, t, value, high ? 0.03 : 0.08);
        maybeReview(p, id, t, 0.25, high ? 3 : 2);
        if (m_rng.chance(0.5))
            session(p, later(t, 10, 120), 1 + int(m_rng.below(4)), false, false);
        if (high && m_rng.chance(0.1))
            referral(p, later(t, 5, 60));
        break;
    }
    case Kind::RepeatBuyer: {
        session(p, p.firstVisit, 3 + int(m_rng.below(6)), false, false);
        qint64 t = later(p.firstVisit, 2, 20);
        const int count = 3 + int(m_rng.below(10));
        const qint64 gapDays = std::max<qint64>(7, (windowEnd() - t) / kDay / count);
        for (int o = 0; o < count && t <= windowEnd(); ++o) {
            const QString id = order(p, t, m_rng.logNormal(std::log(70.0), 0.35), 0.1);
            maybeReview(p, id, t, 0.15, 4);
            if (m_rng.chance(0.6))
                session(p, later(t, 1, 10), 2 + int(m_rng.below(6)), false, false);
            t = later(t, int(gapDays / 2), int(gapDays * 3 / 2));
        }
        if (m_rng.chance(0.2))
            referral(p, later(p.firstVisit, 30, 200));
        break;
    }
    case Kind::DiscountSeeker: {
        qint64 t = p.firstVisit;
        session(p, t, 2 + int(m_rng.below(5)), false, false);
        t = later(t, 3, 30);
        const int count = 2 + int(m_rng.below(5));
        for (int o = 0; o < count && t <= windowEnd(); ++o) {
            const QString id = order(p, t, m_rng.logNormal(std::log(45.0), 0.3), 0.85);
            maybeReview(p, id, t, 0.15, 2);
            if (m_rng.chance(0.5))
                session(p, later(t, 2, 15), 2 + int(m_rng.below(4)), m_rng.chance(0.3), false);
            t = later(t, 20, 90);
        }
        break;
    }
    case Kind::ImpulseBuyer: {
        // The first order comes minutes after the first visit began.
        const qint64 when = p.firstVisit + 3 * kMinute + qint64(m_rng.below(12 * kMinute));
        const QString id = order(p, when, m_rng.logNormal(std::log(55.0), 0.3), 0.05, true);
        maybeReview(p, id, when, 0.2, 3);
        if (m_rng.chance(0.3)) {
            const qint64 again = later(when, 10, 120);
            order(p, again + 5 * kMinute, m_rng.logNormal(std::log(55.0), 0.3), 0.05, true);
        }
        break;
    }
    }
    if (registered)
        customerRow(p, kind, signup);
}

} // namespace pw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewriter.h"

#include "common/savefile.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pw::quality {

namespace {

constexpr size_t kFlushBytes = 1 << 20;

const char *const kCoupons[] = {"SALE20", "WELCOME15", "FLASH25", "WEEKEND10"};
const char *const kChannels[] = {"web", "app", "marketplace", "social"};
const char *const kDevices[] = {"desktop", "mobile", "tablet"};
const char *const kCategories[] = {"Apparel", "Home", "Beauty", "Electronics", "Footwear", "Accessories"};
const char *const kWarehouses[] = {"north", "south", "east", "west"};
const char *const kCountries[] = {"GB", "DE", "FR", "IL", "US", "NL"};
const char *const kColours[] = {"red", "green", "blue", "yellow", "black"};
const char *const kSources[] = {"google", "newsletter", "direct", "instagram", "partner"};

template<size_t N> const char *pick(Random &rng, const char *const (&list)[N])
{
    return list[rng.below(N)];
}

} // namespace

std::string isoTime(qint64 t, bool dateOnly)
{
    // Howard Hinnant's civil_from_days.
    const qint64 days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
    const qint64 secs = t - days * kDay;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[32];
    if (dateOnly)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", int(y), int(m), int(d));
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", int(y), int(m), int(d),
            int(secs / 3600), int(secs / 60 % 60), int(secs % 60));
    return buffer;
}

qint64 unixDate(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + doe - 719468) * kDay;
}

bool CsvFile::open(const QString &path, const char *header)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_file.reset();
        return false;
    }
    m_buffer = header;
    m_buffer += '\n';
    return true;
}

void CsvFile::separate()
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

CsvFile &CsvFile::text(const char *s)
{
    separate();
    m_buffer += s;
    return *this;
}

CsvFile &CsvFile::integer(qint64 n)
{
    separate();
    m_buffer += std::to_string(n);
    return *this;
}

CsvFile &CsvFile::money(double amount)
{
    separate();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", amount);
    m_buffer += buffer;
    return *this;
}

CsvFile &CsvFile::time(qint64 unixTime, bool dateOnly)
{
    separate();
    m_buffer += isoTime(unixTime, dateOnly);
    return *this;
}

void CsvFile::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void CsvFile::flush()
{
    if (m_file && !m_buffer.empty()) {
        m_file->write(m_buffer.data(), qint64(m_buffer.size()));
        m_bytes += qint64(m_buffer.size());
    }
    m_buffer.clear();
}

bool CsvFile::commit(QString *error)
{
    if (!m_file)
        return true;
    flush();
    QString problem;
    if (!commitWholeFile(*m_file, &problem)) {
        *error = m_file->fileName() + QStringLiteral(": ") + problem;
        return false;
    }
    m_file.reset();
    return true;
}

StoreWriter::StoreWriter(const QString &dir, const StoreOptions &options, quint64 seed, qint64 end)
    : m_dir(dir)
    , m_options(options)
    , m_rng(seed)
    , m_end(end)
{ }

bool StoreWriter::open(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create ") + m_dir;
        return false;
    }
    const bool noise = m_options.noise;
    struct File
    {
        bool wanted;
        CsvFile *file;
        const char *name;
        const char *header;
    };
    const File files[] = {
        {m_options.customers, &m_customers, "customers.csv",
            noise ? "customer_id,signup_date,age,gender,country,lucky_number,favourite_colour"
                  : "customer_id,signup_date"},
        {m_options.orders, &m_orders, "orders.csv",
            !m_options.orderIds ? "customer_id,order_date,items,total"
                : noise
                ? "order_id,customer_id,order_date,total,discount,items,coupon_code,channel,device,category,"
                  "warehouse,basket_score,gift_wrap"
                : "order_id,customer_id,order_date,total,discount,items,coupon_code"},
        {m_options.events, &m_events, "events.csv",
            noise ? "session_id,customer_id,timestamp,event_type,page,value,source,device"
                  : "session_id,customer_id,timestamp,event_type,page,value"},
        {m_options.reviews, &m_reviews, "reviews.csv", "customer_id,order_id,rating,date"},
        {true, &m_truth, "truth.csv", "customer_id,group,archetypes"},
    };
    for (const File &f : files) {
        if (f.wanted && !f.file->open(m_dir + QLatin1Char('/') + QLatin1String(f.name), f.header)) {
            *error = QStringLiteral("cannot write ") + m_dir + QLatin1Char('/') + QLatin1String(f.name);
            return false;
        }
    }
    return true;
}

bool StoreWriter::commit(QString *error)
{
    for (CsvFile *f : {&m_customers, &m_orders, &m_events, &m_reviews, &m_truth})
        if (!f->commit(error))
            return false;
    return true;
}

QStringList StoreWriter::files() const
{
    QStringList names;
    if (m_options.customers)
        names << QStringLiteral("customers.csv");
    if (m_options.orders)
        names << QStringLiteral("orders.csv");
    if (m_options.events)
        names << QStringLiteral("events.csv");
    if (m_options.reviews)
        names << QStringLiteral("reviews.csv");
    return names;
}

qint64 StoreWriter::rows(const QString &file) const
{
    if (file == QLatin1String("customers.csv"))
        return m_customers.rows();
    if (file == QLatin1String("orders.csv"))
        return m_orders.rows();
    if (file == QLatin1String("events.csv"))
        return m_events.rows();
    if (file == QLatin1String("reviews.csv"))
        return m_reviews.rows();
    return m_truth.rows();
}

std::string StoreWriter::newCustomer(const char *group, const char *archetypes)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "c%07lld", static_cast<long long>(m_nextCustomer++));
    std::string id = buffer;
    m_truth.text(id).text(group).text(archetypes).endRow();
    return id;
}

void StoreWriter::customer(const std::string &id, qint64 signup)
{
    if (!m_options.customers)
        return;
    m_customers.text(id).time(std::min(signup, m_end));
    if (m_options.noise)
        m_customers.integer(m_rng.range(18, 75))
            .text(m_rng.chance(0.5) ? "f" : "m")
            .text(pick(m_rng, kCountries))
            .integer(m_rng.range(1, 99))
            .text(pick(m_rng, kColours));
    m_customers.endRow();
}

std::string StoreWriter::order(
    const std::string &customer, qint64 t, double price, int items, double discountShare)
{
    t = std::min(t, m_end);
    if (!m_options.orderIds) {
        m_orders.text(customer).time(t, m_options.dateOnly).integer(items).money(price).endRow();
        return {};
    }
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "o%08lld", static_cast<long long>(m_nextOrder++));
    std::string id = buffer;
    const double discount = discountShare > 0 ? std::round(price * discountShare * 100) / 100 : 0.0;
    m_orders.text(id).text(customer).time(t, m_options.dateOnly).money(price - discount);
    if (discount > 0)
        m_orders.money(discount);
    else
        m_orders.empty();
    m_orders.integer(items).text(discount > 0 ? pick(m_rng, kCoupons) : "");
    if (m_options.noise) {
        char score[16];
        std::snprintf(score, sizeof score, "%.3f", m_rng.uniform());
        m_orders.text(pick(m_rng, kChannels))
            .text(pick(m_rng, kDevices))
            .text(pick(m_rng, kCategories))
            .text(pick(m_rng, kWarehouses))
            .text(score)
            .text(m_rng.chance(0.2) ? "yes" : "no");
    }
    m_orders.endRow();
    return id;
}

void StoreWriter::review(const std::string &customer, const std::string &orderId, qint64 t, int rating)
{
    if (!m_options.reviews || t > m_end)
        return;
    m_reviews.text(customer).text(orderId).integer(rating).time(t).endRow();
}

std::string StoreWriter::newSession()
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "s%09lld", static_cast<long long>(m_nextSession++));
    return buffer;
}

void StoreWriter::event(const std::string &session, const std::string &customer, qint64 t, const char *type,
    const char *page, double value)
{
    m_events.text(session).text(customer).time(std::min(t, m_end)).text(type).text(page);
    if (value > 0)
        m_events.money(value);
    else
        m_events.empty();
    if (m_options.noise)
        m_events.text(pick(m_rng, kSources)).text(pick(m_rng, kDevices));
    m_events.endRow();
}

qint64 StoreWriter::views(
    const std::string &session, const std::string &customer, qint64 t, int n, double productShare)
{
    char page[32];
    for (int i = 0; i < n; ++i) {
        t += m_rng.range(30, 150);
        const bool product = productShare >= 1 || m_rng.chance(productShare);
        std::snprintf(page, sizeof page, product ? "/product/%d" : "/category/%d", m_rng.range(1, 400));
        event(session, customer, t, product ? "product_view" : "page_view", page);
    }
    return t;
}

qint64 StoreWriter::browseSession(const std::string &customer, qint64 start, int n)
{
    if (!m_options.events)
        return start;
    const std::string s = newSession();
    event(s, customer, start, "session_start", "/");
    return views(s, customer, start, n, 0.6);
}

qint64 StoreWriter::bounceSession(const std::string &customer, qint64 start)
{
    if (!m_options.events)
        return start;
    const std::string s = newSession();
    event(s, customer, start, "session_start", "/");
    event(s, customer, start + m_rng.range(1, 20), "page_view", "/");
    return start;
}

qint64 StoreWriter::cartSession(const std::string &customer, qint64 start)
{
    if (!m_options.events)
        return start;
    const std::string s = newSession();
    event(s, customer, start, "session_start", "/");
    const int n = m_rng.range(2, 5);
    qint64 t = views(s, customer, start, n, 1.0);
    t += m_rng.range(20, 90);
    event(s, customer, t, "add_to_cart", "/cart");
    if (m_rng.chance(0.4)) {
        t += m_rng.range(30, 300);
        event(s, customer, t, "begin_checkout", "/checkout");
    }
    return t;
}

std::string StoreWriter::purchaseSession(const std::string &customer, qint64 purchaseAt, double price,
    int items, double discountShare, int minutesBefore, int views)
{
    if (m_options.events) {
        const std::string s = newSession();
        const qint64 start = purchaseAt - qint64(minutesBefore) * kMinute;
        const qint64 span = purchaseAt - start;
        event(s, customer, start, "session_start", "/");
        char page[32];
        for (int i = 0; i < views; ++i) {
            std::snprintf(page, sizeof page, "/product/%d", m_rng.range(1, 400));
            event(s, customer, start + span * (i + 1) / (views + 3), "product_view", page);
        }
        event(s, customer, start + span * (views + 1) / (views + 3), "add_to_cart", "/cart");
        event(s, customer, start + span * (views + 2) / (views + 3), "begin_checkout", "/checkout");
        event(s, customer, purchaseAt, "purchase", "/checkout/done",
            discountShare > 0 ? price * (1 - discountShare) : price);
    }
    if (!m_options.orders)
        return {};
    return order(customer, purchaseAt, price, items, discountShare);
}

std::string StoreWriter::purchase(
    const std::string &customer, qint64 t, double price, int items, double discountShare)
{
    const int minutes = m_rng.range(5, 25);
    const int views = m_rng.range(1, 4);
    return purchaseSession(customer, t, price, items, discountShare, minutes, views);
}

} // namespace pw::quality

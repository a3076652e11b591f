// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/random.h"

#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace pw::quality {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

/// One CSV file written row by row through a QSaveFile (nothing appears at the path unless
/// commit() succeeds). Fields are ids, numbers, dates and plain words: none needs quoting.
class CsvFile
{
public:
    bool open(const QString &path, const char *header);
    bool isOpen() const { return m_file != nullptr; }
    CsvFile &text(const char *s);
    CsvFile &text(const std::string &s) { return text(s.c_str()); }
    CsvFile &integer(qint64 n);
    CsvFile &money(double amount); ///< two decimals
    CsvFile &time(qint64 unixTime, bool dateOnly = false); ///< ISO 8601, UTC
    CsvFile &empty() { return text(""); }
    void endRow();
    /// Flushes and renames into place; false with `error` filled on failure.
    bool commit(QString *error);
    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }

private:
    void separate();
    void flush();

    std::unique_ptr<QSaveFile> m_file;
    std::string m_buffer;
    bool m_rowStarted = false;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
};

/// Which optional columns and files a store has.
struct StoreOptions
{
    bool customers = true; ///< write customers.csv (signup date of everyone)
    bool orders = true; ///< write orders.csv (else purchases are purchase events)
    bool events = true; ///< write events.csv (sessions)
    bool reviews = true; ///< write reviews.csv
    bool orderIds = true; ///< orders carry an order_id (a CDNOW-like log has none)
    bool dateOnly = false; ///< order dates without a time of day
    bool noise = false; ///< extra columns with random values that carry no signal
};

/// Writes one generated store: the generic-format CSVs the options ask for and truth.csv
/// (customer_id,group,archetypes with the expected archetype keys separated by '|'), with the
/// session and order patterns the shapes are made of.
class StoreWriter
{
public:
    /// A store in `dir` whose data end at `end` (Unix time): nothing is written after it.
    StoreWriter(const QString &dir, const StoreOptions &options, quint64 seed, qint64 end);

    bool open(QString *error);
    bool commit(QString *error);

    Random &rng() { return m_rng; }
    qint64 end() const { return m_end; }
    /// `days` (fractional) before the end of the data.
    qint64 daysBeforeEnd(double days) const { return m_end - qint64(days * double(kDay)); }
    const StoreOptions &options() const { return m_options; }

    /// A new customer id ("c0000001", ...), written to truth.csv with its planted group.
    std::string newCustomer(const char *group, const char *archetypes);
    void customer(const std::string &id, qint64 signup);

    /// An order at `t` of goods priced `price`; with `discountShare` > 0 the order is discounted
    /// by that share of the price (its total is what was paid) and carries a coupon. Returns the
    /// order id (empty when orders carry none).
    std::string order(
        const std::string &customer, qint64 t, double price, int items, double discountShare = 0);
    /// A review at `t` (dropped when that is past the end of the data).
    void review(const std::string &customer, const std::string &orderId, qint64 t, int rating);

    // Sessions. Each returns the moment of its last event.
    /// Landing and `n` page or product views, a minute or two apart.
    qint64 browseSession(const std::string &customer, qint64 start, int n);
    /// A landing and one page view.
    qint64 bounceSession(const std::string &customer, qint64 start);
    /// Product views, add to cart and perhaps a checkout; no purchase.
    qint64 cartSession(const std::string &customer, qint64 start);
    /// Product views, cart, checkout and a purchase at `purchaseAt` (the session starts
    /// `minutesBefore` earlier). With orders, the order is written too (see order()).
    /// Returns the order id (empty without orders).
    std::string purchaseSession(const std::string &customer, qint64 purchaseAt, double price, int items,
        double discountShare = 0, int minutesBefore = 10, int views = 2);

    /// A buyer's purchase: through a session of a few minutes when the store has events, else an
    /// order alone.
    std::string purchase(
        const std::string &customer, qint64 t, double price, int items, double discountShare = 0);

    QStringList files() const;
    qint64 rows(const QString &file) const;

private:
    void event(const std::string &session, const std::string &customer, qint64 t, const char *type,
        const char *page, double value = 0);
    std::string newSession();
    /// `n` page or product views (about `productShare` of them product views), a minute or two
    /// apart, after `t`; returns the moment of the last.
    qint64 views(
        const std::string &session, const std::string &customer, qint64 t, int n, double productShare);

    QString m_dir;
    StoreOptions m_options;
    Random m_rng;
    CsvFile m_customers, m_orders, m_events, m_reviews, m_truth;
    qint64 m_end = 0;
    qint64 m_nextCustomer = 1;
    qint64 m_nextOrder = 1;
    qint64 m_nextSession = 1;
};

/// "YYYY-MM-DDTHH:MM:SS" (or "YYYY-MM-DD") of a Unix time, UTC.
std::string isoTime(qint64 unixTime, bool dateOnly = false);
/// Unix time of a UTC calendar date at midnight.
qint64 unixDate(int year, int month, int day);

} // namespace pw::quality

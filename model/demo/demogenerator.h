// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/random.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

/// Generates the rows of the demo store: a small online shop whose customers behave like the
/// eight archetypes of the catalogue. Deterministic for a seed; moments lie in the 18 months
/// ending 2025-06-30 (UTC), never relative to the clock.
class DemoGenerator
{
public:
    /// The archetypes as they occur in the demo, with their share of people.
    enum class Kind {
        Bouncer,
        PassiveBrowser,
        CartAbandoner,
        FirstTimeLow,
        FirstTimeHigh,
        RepeatBuyer,
        DiscountSeeker,
        ImpulseBuyer
    };

    DemoGenerator(int people, quint64 seed);

    /// Generates everything; the tables below are then filled (header first).
    void generate();

    QList<QStringList> customers;
    QList<QStringList> orders;
    QList<QStringList> orderItems;
    QList<QStringList> events;
    QList<QStringList> reviews;

    /// The kind drawn for each person, in customer id order.
    QList<Kind> kinds;

    static qint64 windowStart();
    static qint64 windowEnd();

private:
    struct Person
    {
        QString id;
        QString device;
        QString source;
        qint64 firstVisit = 0;
    };
    struct Basket
    {
        double subtotal = 0;
        QList<QStringList> lines; // order_items rows without the order id
        QString category;
        int items = 0;
    };

    Kind drawKind();
    void person(int index);
    void customerRow(const Person &p, Kind kind, qint64 signup);
    /// One session from `start`: a landing page, `views` more pages, and optionally a cart, a
    /// checkout and a purchase of `orderId` worth `value`. Returns the last event's moment.
    qint64 session(const Person &p, qint64 start, int views, bool cart, bool checkout,
        const QString &orderId = QString(), double value = 0, qint64 purchaseAt = 0);
    /// One order at `when` (with its session); returns the order id or an empty string if `when`
    /// is past the window.
    QString order(const Person &p, qint64 when, double meanValue, double couponChance, bool quick = false);
    Basket basket(double meanValue);
    void maybeReview(const Person &p, const QString &orderId, qint64 orderAt, double chance, int minRating);
    void referral(const Person &p, qint64 when);
    void anonymousSessions(int count);

    QString sessionId();
    QString pick(const QStringList &list);
    qint64 dayTime(qint64 day);

    int m_people;
    Random m_rng;
    int m_sessions = 0;
    int m_orders = 0;
};

} // namespace pw

// SPDX-License-Identifier: GPL-3.0-or-later
// Generates a generic store for the import benchmark (bench/import.sh): customers.csv and
// orders.csv in DIR, deterministic, written with plain stdio so that generation is quick.
// usage: bench_import DIR [CUSTOMERS] [ORDERS]
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <string>

namespace {

struct Random
{
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
};

const char *const kCountries[] = {"IL", "US", "DE", "GB", "FR", "RU", "IT", "ES"};
const char *const kChannels[] = {"web", "mobile_app", "marketplace", "pos"};
const char *const kStatus[] = {"paid", "paid", "paid", "refunded", "cancelled"};

void date(char *out, std::size_t size, Random &random, bool withTime)
{
    const int year = 2022 + int(random.below(3));
    const int month = 1 + int(random.below(12));
    const int day = 1 + int(random.below(28));
    if (withTime)
        std::snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, int(random.below(24)),
                      int(random.below(60)), int(random.below(60)));
    else
        std::snprintf(out, size, "%04d-%02d-%02d", year, month, day);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [CUSTOMERS] [ORDERS]\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const long customers = argc > 2 ? std::atol(argv[2]) : 1000000;
    const long orders = argc > 3 ? std::atol(argv[3]) : 5000000;
    Random random;
    char when[32];

    FILE *c = std::fopen((dir + "/customers.csv").c_str(), "wb");
    if (!c)
        return 1;
    std::fputs("customer_id,email,country,signup_date,accepts_marketing\n", c);
    for (long i = 0; i < customers; ++i) {
        date(when, sizeof when, random, false);
        std::fprintf(c, "C%07ld,c%ld@example.com,%s,%s,%s\n", i, i, kCountries[random.below(8)], when,
                     random.below(2) ? "yes" : "no");
    }
    std::fclose(c);

    FILE *o = std::fopen((dir + "/orders.csv").c_str(), "wb");
    if (!o)
        return 1;
    std::fputs("order_id,customer_id,order_date,total,discount,items,currency,status,channel\n", o);
    for (long i = 0; i < orders; ++i) {
        date(when, sizeof when, random, true);
        const long customer = long(random.below(std::uint64_t(customers)));
        const unsigned cents = unsigned(500 + random.below(50000));
        const unsigned discount = random.below(4) == 0 ? unsigned(random.below(cents / 5)) : 0;
        std::fprintf(o, "O%08ld,C%07ld,%s,%u.%02u,%u.%02u,%u,EUR,%s,%s\n", i, customer, when, cents / 100, cents % 100,
                     discount / 100, discount % 100, unsigned(1 + random.below(6)), kStatus[random.below(5)],
                     kChannels[random.below(4)]);
    }
    std::fclose(o);
    std::printf("generated %ld customers and %ld orders in %s\n", customers, orders, dir.c_str());
    return 0;
}

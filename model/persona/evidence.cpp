// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence.h"

#include <QCoreApplication>

namespace pw {

QString evidenceKey(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data: return QStringLiteral("data");
    case Evidence::Suggested: return QStringLiteral("suggested");
    case Evidence::Assumed: return QStringLiteral("assumed");
    case Evidence::Research: return QStringLiteral("research");
    }
    return QString();
}

std::optional<Evidence> evidenceFromKey(const QString &key)
{
    for (Evidence e : {Evidence::Data, Evidence::Suggested, Evidence::Assumed, Evidence::Research})
        if (evidenceKey(e) == key)
            return e;
    return std::nullopt;
}

QString evidenceName(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data: return QCoreApplication::translate("Card", "from data");
    case Evidence::Suggested: return QCoreApplication::translate("Card", "suggested");
    case Evidence::Assumed: return QCoreApplication::translate("Card", "assumed");
    case Evidence::Research: return QCoreApplication::translate("Card", "research");
    }
    return QString();
}

} // namespace pw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "stderrprogress.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace pw::cli {

bool StderrProgress::report(qint64 done, qint64 total, const QString &stage)
{
    const int percent = total > 0 ? int(done * 100 / total) : -1;
    if (percent != m_lastPercent || stage != m_lastStage) {
        m_lastPercent = percent;
        m_lastStage = stage;
        QTextStream err(stderr);
        err << (stage.isEmpty() ? QCoreApplication::translate("Cli", "progress") : stage) << ": ";
        if (percent >= 0)
            err << percent << "%\n";
        else
            err << done << "\n";
    }
    return true;
}

} // namespace pw::cli

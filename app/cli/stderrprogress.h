// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"

#include <QString>

namespace pw::cli {

/// Progress on standard error (`--progress` of import and cluster), at most a line per percent
/// and stage: "STAGE: N%" or, when the total is unknown, "STAGE: DONE".
class StderrProgress final : public Progress
{
public:
    bool report(qint64 done, qint64 total, const QString &stage) override;

private:
    int m_lastPercent = -2;
    QString m_lastStage;
};

} // namespace pw::cli

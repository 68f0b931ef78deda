// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetext.h"

namespace keyward {

QString RelativeTime::between(qint64 at, qint64 now)
{
    const qint64 distance = qAbs(at - now);
    if (distance == 0)
        return tr("just now");
    QString amount;
    if (distance < 120)
        amount = tr("%n s", nullptr, int(distance));
    else if (distance < 120 * 60)
        amount = tr("%n min", nullptr, int(distance / 60));
    else if (distance < 48 * 3600)
        amount = tr("%n h", nullptr, int(distance / 3600));
    else
        amount = tr("%n day(s)", nullptr, int(distance / 86400));
    return at >= now ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

} // namespace keyward

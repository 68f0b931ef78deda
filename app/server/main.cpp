// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server: the headless server and the administration commands.
#include "cli/commandlinetool.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Files Keyward creates (database, key files) are for its own user only.
    ::umask(0077);
    QCoreApplication app(argc, argv);
    // Both executables share one application name, and so one data directory.
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    return keyward::CommandLineTool().run(QCoreApplication::arguments(), out, err, in);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Merges the settings layers, later ones winning: defaults, database, INI file, environment,
// command line. Every value is validated; all problems are reported together.
#pragma once

#include "common/result.h"
#include "settings.h"

#include <QMap>
#include <QProcessEnvironment>

#include <vector>

namespace keyward {

class SettingsResolver {
public:
    // origin names the layer in messages, e.g. the INI file's path.
    void addLayer(SettingSource source, const QMap<QString, QString> &values, const QString &origin = {});

    // Reads [section] key=value pairs; an unreadable file or an unknown key is an error (a typo
    // in a security setting must not be ignored silently).
    void addIniFile(const QString &path);
    // The [section] key=value pairs of an INI file, or why it cannot be read.
    static Result<QMap<QString, QString>> readIniFile(const QString &path);
    void addEnvironment(const QProcessEnvironment &environment);

    // Fails with code "invalid_setting" and one line per problem.
    Result<Settings> resolve() const;

    // The rules between settings, e.g. TLS certificate and key set together.
    static QStringList crossSettingProblems(const Settings &settings);

private:
    struct Layer {
        SettingSource source;
        QMap<QString, QString> values;
        QString origin;
    };
    std::vector<Layer> m_layers;
    QStringList m_problems;
};

// Every layer but the database's, kept so the settings can be resolved again whenever the
// database layer changes: a stored change is checked against exactly what a start would see.
// The INI file is read once, when the inputs are made: an edit to it applies at the next start,
// as the other non-database layers do.
struct SettingsInputs {
    QString iniFile; // empty: none
    QMap<QString, QString> iniValues;
    QString iniProblem; // the file could not be read: every resolve reports it
    QProcessEnvironment environment;
    QMap<QString, QString> commandLine;

    static SettingsInputs make(const QString &iniFile, QProcessEnvironment environment,
                               QMap<QString, QString> commandLine);
    Result<Settings> resolve(const QMap<QString, QString> &database) const;
};

} // namespace keyward

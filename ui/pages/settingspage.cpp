// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "auth/settingsservice.h"
#include "backend/backend.h"
#include "config/settingdefinitions.h"
#include "settingeditor.h"
#include "settingfilter.h"
#include "settingtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

namespace {

// The groups the settings are shown in: the first part of their names. Sections that only make
// sense together share a group (who must use a second factor, and where passkeys are accepted).
struct Group {
    const char *sections; // "a|b": settings a.* and b.*; empty: all
    const char *title;
};
constexpr Group kGroups[] = {
    {"", QT_TRANSLATE_NOOP("keyward::SettingsPage", "All")},
    {"server", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Server")},
    {"tokens", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Tokens")},
    {"limits", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Limits")},
    {"registration", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Registration")},
    {"workspaces", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Workspaces")},
    {"oidc", QT_TRANSLATE_NOOP("keyward::SettingsPage", "OpenID Connect")},
    {"mfa|webauthn", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Sign-in factors")},
    {"mail", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Mail")},
    {"passwords", QT_TRANSLATE_NOOP("keyward::SettingsPage", "Passwords")},
};

// The names of a group's settings begin with one of its sections and a dot.
QRegularExpression namesOf(const Group &group)
{
    const QString sections = QString::fromLatin1(group.sections);
    if (sections.isEmpty())
        return QRegularExpression(QStringLiteral("^"));
    QStringList escaped;
    for (const QString &section : sections.split(QLatin1Char('|')))
        escaped << QRegularExpression::escape(section);
    return QRegularExpression(QStringLiteral("^(%1)\\.").arg(escaped.join(QLatin1Char('|'))));
}

} // namespace

SettingsPage::SettingsPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new SettingTableModel(this)), m_filter(new SettingFilter(m_model, this)),
      m_groups(new QComboBox), m_search(new QLineEdit), m_changedOnly(new QCheckBox(tr("&Changed only"))),
      m_editor(new SettingEditor), m_language(new QComboBox)
{
    m_table = makeTable(m_filter, tr("Settings"));
    m_table->sortByColumn(SettingTableModel::Key, Qt::AscendingOrder); // a group's settings together
    // A choice of group, not tabs: nine groups do not fit a tab bar at 1024 px in German.
    for (const Group &group : kGroups)
        m_groups->addItem(tr(group.title));
    m_groups->setObjectName(QStringLiteral("settingGroups"));
    m_groups->setAccessibleName(tr("Group"));
    connect(m_groups, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setGroup(namesOf(kGroups[qMax(0, index)])); });
    m_search->setObjectName(QStringLiteral("settingSearch"));
    m_search->setPlaceholderText(tr("Find a setting by name, key or meaning"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a setting"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &SettingFilter::setText);
    m_changedOnly->setObjectName(QStringLiteral("settingChangedOnly"));
    m_changedOnly->setToolTip(tr("Only the settings not at their default: stored here, or set by the INI file, "
                                 "the environment or the command line"));
    connect(m_changedOnly, &QCheckBox::toggled, m_filter, &SettingFilter::setChangedOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SettingsPage::showSelected);
    connect(m_editor, &SettingEditor::changeRequested, this, &SettingsPage::change);
    connect(m_editor, &SettingEditor::fileRequested, this, &SettingsPage::chooseTlsFiles);
    m_editor->setObjectName(QStringLiteral("settingEditor"));

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosenLanguage())));
    m_language->setAccessibleName(tr("Language of the console"));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        QSettings(QStringLiteral("keyward"), QStringLiteral("console")).setValue(QLatin1String(kLanguageKey), language);
        emit languageChosen(language);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Language of the console:"), m_language);
    auto *note = new QLabel(tr("A change is checked as at start-up, stored in the database and applied by every "
                               "server within a second, except those marked ⟳ (at the next start). The INI file, "
                               "the environment (KEYWARD_SECTION_KEY) and the command line outrank stored values."));
    note->setWordWrap(true);
    auto *tableSide = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_groups);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_changedOnly);
    tableLayout->addLayout(filters);
    tableLayout->addSpacing(4);
    tableLayout->addWidget(m_table);
    auto *split = new QSplitter;
    split->addWidget(tableSide);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(split, 1);
}

QString SettingsPage::chosenLanguage()
{
    return QSettings(QStringLiteral("keyward"), QStringLiteral("console"))
        .value(QLatin1String(kLanguageKey))
        .toString();
}

void SettingsPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<std::vector<SettingState>>([backend] { return backend->settingsService().list(); },
                                          [this](std::vector<SettingState> states) {
                                              std::vector<SettingRow> rows;
                                              for (SettingState &state : states)
                                                  rows.push_back(SettingRow{std::move(state)});
                                              m_model->setRows(std::move(rows));
                                              showSelected(); // the value in effect, as just read
                                          });
}

void SettingsPage::showSelected()
{
    const SettingRow *row = m_model->rowAt(m_model->rowOfKey(selectedKey(m_table)));
    if (!row) {
        m_editor->showSetting(std::nullopt);
        return;
    }
    m_editor->showSetting(row->state);
}

void SettingsPage::chooseTlsFiles()
{
    const QString certificate = m_context.dialogs->askOpenFile(this, tr("TLS certificate (PEM)"));
    if (certificate.isEmpty())
        return;
    const QString privateKey = m_context.dialogs->askOpenFile(this, tr("TLS private key (PEM)"));
    if (privateKey.isEmpty())
        return;
    SettingChanges changes;
    changes.insert(definitionOf(Setting::ServerTlsCert).key, certificate);
    changes.insert(definitionOf(Setting::ServerTlsKey).key, privateKey);
    std::shared_ptr<Backend> backend = m_context.backend;
    run<QString>(
        [backend, actor = m_context.actor, changes] {
            orConsoleError(backend->settingsService().change(actor, changes));
            return tr("Stored the TLS certificate and key; they apply when the server next starts");
        },
        [this](const QString &done) {
            emit message(done);
            refresh();
        });
}

void SettingsPage::change(const QString &key, const std::optional<QString> &value)
{
    const SettingDefinition *definition = findSetting(key);
    if (!definition)
        return;
    if (definition->type == SettingDefinition::Type::FilePath && value) {
        chooseTlsFiles();
        return;
    }
    SettingChanges changes;
    changes.insert(key, value);
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    const bool restart = definition->apply == SettingApply::Restart;
    m_context.worker->run<Result<std::shared_ptr<const Settings>>>(
        this, [backend, actor, changes] { return backend->settingsService().change(actor, changes); },
        [this, key, restart, value](const Result<std::shared_ptr<const Settings>> &changed) {
            if (!changed) {
                emit refused(tr("%1 was not changed: %2").arg(key, ErrorText::of(changed.error())));
                return;
            }
            if (!value)
                emit message(tr("%1 is back to its default").arg(key));
            else
                emit message(restart ? tr("Stored %1; it applies when the server next starts").arg(key)
                                     : tr("Changed %1; every server applies it within a second").arg(key));
            refresh();
        },
        [this](const QString &error) { emit refused(tr("Failed: %1").arg(error)); });
}

} // namespace keyward

// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "auth/settingsservice.h"
#include "backend/backend.h"
#include "settingtablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

namespace {

const QString kLanguageKey = QStringLiteral("console/language");

} // namespace

SettingsPage::SettingsPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new SettingTableModel(this)), m_language(new QComboBox)
{
    m_table = makeTable(m_model, tr("Settings"));
    m_table->sortByColumn(SettingTableModel::Key, Qt::AscendingOrder);

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosenLanguage())));
    m_language->setAccessibleName(tr("Language"));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings(QStringLiteral("keyward"), QStringLiteral("console"))
            .setValue(kLanguageKey, m_language->currentData().toString());
        emit message(tr("The language changes when the console starts again"));
    });

    connect(m_table, &QTableView::doubleClicked, this, &SettingsPage::changeSelected);
    QPushButton *change = actionButton(tr("&Change…"), QStringLiteral("changeSetting"), &SettingsPage::changeSelected);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(change);
    auto *note = new QLabel(tr("A change is checked as at start-up, stored in the database and applied by every "
                               "server within a second, except those marked \"at the next start\". The INI file, "
                               "the environment (KEYWARD_SECTION_KEY) and the command line override stored values."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_table);
}

QString SettingsPage::chosenLanguage()
{
    return QSettings(QStringLiteral("keyward"), QStringLiteral("console")).value(kLanguageKey).toString();
}

void SettingsPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<std::vector<SettingState>>(
        [backend] { return backend->settingsService().list(); },
        [this](std::vector<SettingState> states) {
            std::vector<SettingRow> rows;
            for (const SettingState &state : states) {
                QString applies
                    = state.definition->apply == SettingApply::Live ? tr("at once") : tr("at the next start");
                if (state.restartPending)
                    applies = tr("restart pending");
                rows.push_back({state.definition->key, state.value, settingSourceName(state.source), applies,
                                state.definition->description});
            }
            m_model->setRows(std::move(rows));
        });
}

void SettingsPage::changeSelected()
{
    const SettingDefinition *definition = findSetting(selectedKey(m_table));
    if (!definition)
        return;
    const QString key = definition->key;
    const SettingRow *row = m_model->rowAt(m_model->rowOfKey(key));
    SettingChanges changes;
    if (definition->type == SettingDefinition::Type::FilePath) {
        // The certificate and its key are only valid together: both are asked for.
        const QString certificate = m_context.dialogs->askOpenFile(this, tr("TLS certificate (PEM)"));
        if (certificate.isEmpty())
            return;
        const QString privateKey = m_context.dialogs->askOpenFile(this, tr("TLS private key (PEM)"));
        if (privateKey.isEmpty())
            return;
        changes.insert(definitionOf(Setting::ServerTlsCert).key, certificate);
        changes.insert(definitionOf(Setting::ServerTlsKey).key, privateKey);
    } else {
        const auto value = m_context.dialogs->askText(this, tr("Change %1").arg(key), definition->description,
                                                      row ? row->value : QString());
        if (!value)
            return;
        changes.insert(key, *value);
    }
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    const bool restart = definition->apply == SettingApply::Restart;
    m_context.worker->run<Result<std::shared_ptr<const Settings>>>(
        this, [backend, actor, changes] { return backend->settingsService().change(actor, changes); },
        [this, key, restart](const Result<std::shared_ptr<const Settings>> &changed) {
            if (!changed) {
                emit refused(tr("%1 was not changed: %2").arg(key, changed.error().message));
                return;
            }
            emit message(restart ? tr("Stored %1; it applies when the server next starts").arg(key)
                                 : tr("Changed %1; every server applies it within a second").arg(key));
            refresh();
        },
        [this](const QString &error) { emit refused(tr("Failed: %1").arg(error)); });
}

} // namespace keyward

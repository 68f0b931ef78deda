// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "auth/auditlog.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "config/settingdefinitions.h"
#include "config/settings.h"
#include "settingtablemodel.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

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

QString shownValue(const Settings &settings, const SettingDefinition &definition)
{
    switch (definition.type) {
    case SettingDefinition::Type::Integer:
        return QString::number(settings.integer(definition.key));
    case SettingDefinition::Type::Boolean:
        return settings.boolean(definition.key) ? QStringLiteral("true") : QStringLiteral("false");
    case SettingDefinition::Type::List:
        return settings.list(definition.key).join(QLatin1String(", "));
    default:
        return settings.text(definition.key);
    }
}

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
    auto *note = new QLabel(tr("Values changed here are stored in the database and used from the next start; "
                               "the INI file, the environment (KEYWARD_SECTION_KEY) and the command line "
                               "override them."));
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
    const Settings &settings = m_context.backend->settings(); // resolved at start, read-only
    std::vector<SettingRow> rows;
    for (const SettingDefinition &definition : settingDefinitions())
        rows.push_back({definition.key, shownValue(settings, definition),
                        settingSourceName(settings.source(definition.key)), definition.description});
    m_model->setRows(std::move(rows));
}

void SettingsPage::changeSelected()
{
    const SettingDefinition *definition = findSetting(selectedKey(m_table));
    if (!definition)
        return;
    const QString key = definition->key;
    const SettingRow *row = m_model->rowAt(m_model->rowOfKey(key));
    const QString current = row ? row->value : QString();
    std::optional<QString> value;
    if (key == QLatin1String("server.tls_cert") || key == QLatin1String("server.tls_key")) {
        const QString file = m_context.dialogs->askOpenFile(this, key);
        if (!file.isEmpty())
            value = file;
    } else {
        value = m_context.dialogs->askText(this, tr("Change %1").arg(key), definition->description, current);
    }
    if (!value)
        return;
    if (const auto parsed = definition->parse(*value); !parsed) {
        m_context.dialogs->showError(this, tr("Change %1").arg(key), parsed.error().message);
        return;
    }
    const SettingSource source = m_context.backend->settings().source(key);
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<bool>(
        [backend, actor, key, value = *value] {
            TransactionGuard transaction(backend->database());
            SettingsStore(transaction.connection()).set(key, value, backend->clock().nowSecs());
            backend->audit().record(actor, QStringLiteral("setting.change"), key, AuditOutcome::success(),
                                    {{QStringLiteral("value"), value}});
            transaction.commit();
            return true;
        },
        [this, key, value = *value, source](bool) {
            const bool overridden = source == SettingSource::File || source == SettingSource::Environment
                || source == SettingSource::CommandLine;
            emit message(overridden
                             ? tr("Stored %1 = %2, but %3 overrides it").arg(key, value, settingSourceName(source))
                             : tr("Stored %1 = %2; it applies when the server next starts").arg(key, value));
        });
}

} // namespace keyward

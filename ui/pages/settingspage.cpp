#include "settingspage.h"

#include "backend/backend.h"
#include "config/settingdefinitions.h"
#include "config/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
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
    : ConsolePage(context, parent), m_table(new QTableWidget), m_language(new QComboBox)
{
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From"), tr("Meaning")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Settings"));

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

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("Settings are changed in the INI file, the environment (KEYWARD_SECTION_KEY) "
                               "or on the command line; this page shows what is in effect."));
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
    const auto &definitions = settingDefinitions();
    m_table->setRowCount(int(definitions.size()));
    for (int row = 0; row < int(definitions.size()); ++row) {
        const SettingDefinition &definition = definitions[size_t(row)];
        const QStringList cells{definition.key, shownValue(settings, definition),
                                settingSourceName(settings.source(definition.key)), definition.description};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace keyward

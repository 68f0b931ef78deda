// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingeditor.h"

#include "config/settingdefinitions.h"
#include "settinglabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <climits>

namespace keyward {

namespace {

constexpr qint64 kUnits[] = {86400, 3600, 60, 1}; // largest first

int clampToInt(qint64 value)
{
    return int(qBound(qint64(INT_MIN), value, qint64(INT_MAX)));
}

} // namespace

SettingEditor::SettingEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_description(new QLabel), m_effective(new QLabel), m_applies(new QLabel),
      m_restartNow(new QPushButton(tr("&Restart now"))), m_override(new QLabel), m_editors(new QStackedWidget),
      m_number(new QSpinBox), m_duration(new QSpinBox), m_unit(new QComboBox), m_boolean(new QCheckBox),
      m_choice(new QComboBox), m_text(new QLineEdit), m_browse(new QPushButton(tr("&Browse…"))),
      m_list(new QPlainTextEdit), m_apply(new QPushButton(tr("&Apply"))),
      m_reset(new QPushButton(tr("Reset to &default")))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_description, m_effective, m_applies, m_override})
        label->setWordWrap(true);
    m_effective->setObjectName(QStringLiteral("effectiveValue"));
    m_applies->setObjectName(QStringLiteral("settingApplies"));
    m_override->setObjectName(QStringLiteral("settingOverridden"));

    m_number->setObjectName(QStringLiteral("numberValue"));
    m_duration->setObjectName(QStringLiteral("durationValue"));
    m_unit->setObjectName(QStringLiteral("durationUnit"));
    m_unit->addItem(tr("days"), kUnits[0]);
    m_unit->addItem(tr("hours"), kUnits[1]);
    m_unit->addItem(tr("minutes"), kUnits[2]);
    m_unit->addItem(tr("seconds"), kUnits[3]);
    m_boolean->setObjectName(QStringLiteral("booleanValue"));
    m_boolean->setText(tr("On"));
    m_choice->setObjectName(QStringLiteral("choiceValue"));
    m_text->setObjectName(QStringLiteral("textValue"));
    m_browse->setObjectName(QStringLiteral("browseFile"));
    m_list->setObjectName(QStringLiteral("listValue"));
    m_list->setPlaceholderText(tr("One per line"));
    m_list->setTabChangesFocus(true);
    m_apply->setObjectName(QStringLiteral("applySetting"));
    m_reset->setObjectName(QStringLiteral("resetSetting"));
    m_reset->setToolTip(tr("Removes the stored value: the default applies"));

    // A unit change keeps the duration when it can be said in the new unit.
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_definition)
            return;
        const qint64 seconds = qint64(m_duration->value()) * m_durationUnit;
        const qint64 unit = m_unit->currentData().toLongLong();
        m_duration->setRange(clampToInt((m_definition->minimum + unit - 1) / unit),
                             clampToInt(m_definition->maximum / unit));
        m_duration->setValue(clampToInt((seconds + unit / 2) / unit)); // the nearest in the new unit
        m_durationUnit = unit;
    });

    auto *none = new QLabel(tr("Select a setting to see what it does and change it."));
    none->setWordWrap(true);
    auto *duration = new QWidget;
    auto *durationLayout = new QHBoxLayout(duration);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    durationLayout->addWidget(m_duration, 1);
    durationLayout->addWidget(m_unit);
    auto *text = new QWidget;
    auto *textLayout = new QHBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_browse);
    // Each editor at the top of its page, the buttons right under the shortest.
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    const auto atTop = [](QWidget *editor) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor);
        layout->addStretch();
        return page;
    };
    m_editors->insertWidget(NoEditor, atTop(none));
    m_editors->insertWidget(NumberEditor, atTop(m_number));
    m_editors->insertWidget(DurationEditor, atTop(duration));
    m_editors->insertWidget(BooleanEditor, atTop(m_boolean));
    m_editors->insertWidget(ChoiceEditor, atTop(m_choice));
    m_editors->insertWidget(TextEditor, atTop(text));
    m_editors->insertWidget(ListEditor, m_list);

    connect(m_browse, &QPushButton::clicked, this, [this] { emit fileRequested(m_key); });
    m_restartNow->setObjectName(QStringLiteral("restartNow"));
    m_restartNow->hide();
    setRestartAvailable(false);
    connect(m_restartNow, &QPushButton::clicked, this, &SettingEditor::restartRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] { emit changeRequested(m_key, typedValue()); });
    connect(m_reset, &QPushButton::clicked, this, [this] { emit changeRequested(m_key, std::nullopt); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_effective);
    layout->addWidget(m_applies);
    layout->addWidget(m_restartNow, 0, Qt::AlignLeft);
    layout->addWidget(m_override);
    layout->addWidget(m_editors);
    layout->addLayout(buttons);
    layout->addStretch(1);
    showSetting(std::nullopt);
}

void SettingEditor::showSetting(const std::optional<SettingState> &state)
{
    const QString shown = state ? QStringLiteral("%1\n%2\n%3\n%4")
                                      .arg(state->definition->key, state->value)
                                      .arg(int(state->source))
                                      .arg(state->restartPending)
                                : QString();
    if (shown == m_shown && state)
        return;
    m_shown = shown;
    m_definition = state ? state->definition : nullptr;
    m_key = m_definition ? m_definition->key : QString();
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_title, m_description, m_effective, m_applies, m_apply, m_reset})
        part->setVisible(m_definition != nullptr);
    m_override->hide();
    m_restartNow->hide();
    if (!m_definition) {
        m_editors->setCurrentIndex(NoEditor);
        m_editors->setFixedHeight(m_editors->currentWidget()->sizeHint().height());
        return;
    }
    // Its name first, then the key the INI file, the environment and the CLI know it by.
    m_title->setText(settingLabel(*m_definition));
    m_description->setText(tr("%1 — %2").arg(m_key, descriptionOf(*m_definition)));
    QString value = state->value.isEmpty() ? tr("(empty)") : state->value;
    if (m_definition->type == SettingDefinition::Type::Duration)
        value = durationText(state->value.toLongLong());
    m_effective->setText(tr("In effect: %1 — from the %2").arg(value, sourceText(state->source)));
    m_restartNow->setVisible(m_definition->apply != SettingApply::Live && state->restartPending);
    if (m_definition->apply == SettingApply::Live)
        m_applies->setText(tr("A change applies at once, on every server."));
    else if (state->restartPending)
        m_applies->setText(tr("⚠ Changed: applies when the server next starts (restart pending)."));
    else
        m_applies->setText(tr("⟳ A change applies when the server next starts."));
    // The INI file, the environment and the command line outrank the database: a stored value
    // would not take effect, and the service refuses it.
    const bool overridden = state->source == SettingSource::File || state->source == SettingSource::Environment
        || state->source == SettingSource::CommandLine;
    m_override->setVisible(overridden);
    m_override->setText(tr("Set by the %1 (%2), which outranks what the console stores: change it there.")
                            .arg(sourceText(state->source), m_definition->environmentName()));
    m_apply->setEnabled(!overridden);
    m_reset->setEnabled(!overridden && state->stored.has_value());
    load(*m_definition, state->value);
    // As tall as this editor, not the tallest: Apply sits right under it.
    m_editors->setFixedHeight(m_editors->currentWidget()->sizeHint().height());
}

void SettingEditor::load(const SettingDefinition &definition, const QString &value)
{
    using Type = SettingDefinition::Type;
    switch (definition.type) {
    case Type::Integer:
        m_number->setRange(clampToInt(definition.minimum), clampToInt(definition.maximum));
        m_number->setValue(clampToInt(value.toLongLong()));
        m_editors->setCurrentIndex(NumberEditor);
        return;
    case Type::Duration: {
        const qint64 seconds = value.toLongLong();
        for (int i = 0; i < m_unit->count(); ++i) {
            const qint64 unit = m_unit->itemData(i).toLongLong();
            if (seconds % unit == 0 && (seconds != 0 || unit == 1)) {
                m_unit->setCurrentIndex(i);
                break;
            }
        }
        const qint64 unit = m_unit->currentData().toLongLong();
        m_duration->setRange(clampToInt((definition.minimum + unit - 1) / unit), clampToInt(definition.maximum / unit));
        m_duration->setValue(clampToInt(seconds / unit));
        m_durationUnit = unit;
        m_editors->setCurrentIndex(DurationEditor);
        return;
    }
    case Type::Boolean:
        m_boolean->setChecked(value == QLatin1String("true"));
        m_editors->setCurrentIndex(BooleanEditor);
        return;
    case Type::Choice:
        m_choice->clear();
        m_choice->addItems(definition.choices);
        m_choice->setCurrentText(value);
        m_editors->setCurrentIndex(ChoiceEditor);
        return;
    case Type::List:
    case Type::OriginList: {
        QStringList items;
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.trimmed();
        m_list->setPlainText(items.join(QLatin1Char('\n')));
    }
        m_editors->setCurrentIndex(ListEditor);
        return;
    default:
        // A secret is never shown, not even as dots of its length: typing replaces it.
        m_text->setEchoMode(definition.isSecret() ? QLineEdit::Password : QLineEdit::Normal);
        m_text->setPlaceholderText(definition.isSecret() && !value.isEmpty() ? tr("Type a new one to replace it")
                                                                             : QString());
        m_text->setText(definition.isSecret() ? QString() : value);
        m_browse->setVisible(definition.type == Type::FilePath);
        m_editors->setCurrentIndex(TextEditor);
        return;
    }
}

QString SettingEditor::typedValue() const
{
    switch (m_editors->currentIndex()) {
    case NumberEditor:
        return QString::number(m_number->value());
    case DurationEditor:
        return QString::number(qint64(m_duration->value()) * m_unit->currentData().toLongLong());
    case BooleanEditor:
        return m_boolean->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    case ChoiceEditor:
        return m_choice->currentText();
    case ListEditor:
        return m_list->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(','));
    case TextEditor:
        return m_text->text();
    default:
        return {};
    }
}

void SettingEditor::setRestartAvailable(bool available)
{
    m_restartNow->setEnabled(available);
    m_restartNow->setToolTip(available ? tr("Stops the server this window runs and starts it again with the "
                                            "stored settings: requests are refused for a moment.")
                                       : tr("This window does not run the server: restart the program that does."));
}

void SettingEditor::setFile(const QString &path)
{
    m_text->setText(path);
}

QString SettingEditor::durationText(qint64 seconds)
{
    if (seconds != 0 && seconds % 86400 == 0)
        return tr("%n day(s)", nullptr, clampToInt(seconds / 86400));
    if (seconds != 0 && seconds % 3600 == 0)
        return tr("%n h", nullptr, clampToInt(seconds / 3600));
    if (seconds != 0 && seconds % 60 == 0)
        return tr("%n min", nullptr, clampToInt(seconds / 60));
    return tr("%n s", nullptr, clampToInt(seconds));
}

QString SettingEditor::sourceText(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return tr("default");
    case SettingSource::Database:
        return tr("database");
    case SettingSource::File:
        return tr("INI file");
    case SettingSource::Environment:
        return tr("environment");
    case SettingSource::CommandLine:
        return tr("command line");
    }
    return {};
}

QString SettingEditor::descriptionOf(const SettingDefinition &definition)
{
    return QCoreApplication::translate("SettingDescription", definition.description.toUtf8().constData());
}

} // namespace keyward

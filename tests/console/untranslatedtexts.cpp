// SPDX-License-Identifier: GPL-3.0-or-later
#include "untranslatedtexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QXmlStreamReader>

namespace keyward {

namespace {

QString withoutMnemonic(QString text)
{
    return text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

} // namespace

UntranslatedTexts::UntranslatedTexts(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&file);
    QString source;
    QSet<QString> translatedAsThemselves;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = withoutMnemonic(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString translation = withoutMnemonic(xml.readElementText());
            if (!finished || translation.isEmpty())
                continue;
            if (translation == source)
                translatedAsThemselves.insert(source);
            else
                m_translated.insert(source, translation);
        }
    }
    for (const QString &same : translatedAsThemselves)
        m_translated.remove(same);
}

void UntranslatedTexts::check(const QString &text, const QString &where, QStringList &found) const
{
    const QString plain = withoutMnemonic(text).trimmed();
    if (!plain.isEmpty() && m_translated.contains(plain))
        found << QStringLiteral("«%1» (%2; «%3» expected)").arg(plain, where, m_translated.value(plain));
}

QStringList UntranslatedTexts::in(const QWidget *root) const
{
    QStringList found;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<const QWidget *>())
        widgets << child;
    for (const QWidget *widget : widgets) {
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        const QString where
            = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && !Qt::mightBeRichText(label->text()))
            check(label->text(), where, found);
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            check(button->text(), where, found);
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            check(edit->placeholderText(), where, found);
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            check(group->title(), where, found);
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs->tabText(i), where, found);
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(combo->itemText(i), where, found);
        }
        if (const auto *bar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *menu : bar->actions()) {
                check(menu->text(), where, found);
                if (menu->menu()) {
                    for (const QAction *action : menu->menu()->actions())
                        check(action->text(), where + QLatin1String(" menu"), found);
                }
            }
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                check(model->headerData(column, Qt::Horizontal).toString(), where + QLatin1String(" header"), found);
            for (int row = 0; row < qMin(model->rowCount(), 20); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    check(model->index(row, column).data().toString(), where + QLatin1String(" cell"), found);
            }
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace keyward

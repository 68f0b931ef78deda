// SPDX-License-Identifier: GPL-3.0-or-later
// "New application" and "Edit application": the client's id (new only), name, type (new only),
// first-party flag, redirect URIs and post-logout URIs (each a list edited in place: add, change,
// remove) and scopes. OK waits for a name and, for the code flow, a redirect URI; the service
// checks the rest and its refusal is shown without losing what was typed.
#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace keyward {

struct ClientInput {
    QString clientId; // empty: generated
    QString name;
    bool confidential = true;
    bool firstParty = false;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList scopes;
};

// A list of URIs edited in place.
class UriListEditor : public QWidget {
    Q_OBJECT
public:
    explicit UriListEditor(const QString &accessibleName, QWidget *parent = nullptr);
    void setUris(const QStringList &uris);
    QStringList uris() const; // trimmed, the empty ones left out
    QListWidget *list() const { return m_list; }
    void addUri(const QString &uri); // and starts editing it when it is empty

signals:
    void changed();

private:
    QListWidget *m_list;
};

class ClientDialog : public QDialog {
    Q_OBJECT
public:
    // existing: editing that client (its id and type stay); none: a new one.
    ClientDialog(const std::optional<ClientInput> &existing, QWidget *parent = nullptr);

    ClientInput input() const;
    UriListEditor *redirects() const { return m_redirects; }
    QLineEdit *nameField() const { return m_name; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();

    QLineEdit *m_clientId;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_firstParty;
    UriListEditor *m_redirects;
    UriListEditor *m_logouts;
    QLineEdit *m_scopes;
    QPushButton *m_ok;
    QLabel *m_missing; // why OK is disabled, when it is
};

} // namespace keyward

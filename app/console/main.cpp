// SPDX-License-Identifier: GPL-3.0-or-later
// keyward: the admin console. It hosts the API server for its installation and administers it.
#include "auth/accountservice.h"
#include "auth/keychain.h"
#include "backend/backend.h"
#include "backend/housekeeping.h"
#include "consoledialogs.h"
#include "consolelanguage.h"
#include "consolestartup.h"
#include "firstrun.h"
#include "http/apiserver.h"
#include "mainwindow.h"
#include "pages/settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <stdexcept>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    ::umask(0077);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.keyward.Keyward"));

    // The language chosen in Settings, else the system's.
    keyward::ConsoleLanguage::apply(keyward::SettingsPage::chosenLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Keyward admin console"));
    parser.addHelpOption();
    parser.addVersionOption();
    keyward::DataOptions::addTo(parser);
    parser.process(app);

    keyward::BackendOptions options;
    options.data = keyward::DataOptions::from(parser, QProcessEnvironment::systemEnvironment());
    options.keychain = std::make_shared<keyward::OsKeychain>();
    const auto opened = keyward::Backend::open(options);
    if (!opened) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Keyward"),
            QCoreApplication::translate("main", "Keyward cannot open its data:\n%1").arg(opened.error().message));
        return 1;
    }
    const std::shared_ptr<keyward::Backend> backend = opened.value();
    keyward::ConsoleDialogs dialogs;
    if (!keyward::ensureAdministrator(*backend, dialogs))
        return 0;

    const keyward::ConsoleStartup startup = keyward::openConsole(backend);
    keyward::MainWindow &window = *startup.window;
    const keyward::Status &tokens = startup.tokens;
    // The console hosts the API: it serves the same database as keyward-server would. When the
    // address is taken (another Keyward already serves it) the console still administers.
    keyward::ApiServer server(backend);
    keyward::Housekeeping housekeeping(backend);
    if (tokens) {
        window.setServerControl(
            {[&server, &backend, &housekeeping] {
                 const auto port = server.start(keyward::ApiServerOptions::fromSettings(*backend));
                 if (!port && port.error().code == keyward::ErrorCode::Listen)
                     throw std::runtime_error(
                         QCoreApplication::translate("main",
                                                     "%1. Another program, perhaps another Keyward, may be "
                                                     "serving that address: choose another one in Settings "
                                                     "(server.listen).")
                             .arg(port.error().message)
                             .toStdString());
                 if (!port)
                     throw std::runtime_error(port.error().message.toStdString());
                 housekeeping.start();
                 return server.baseUrl();
             },
             [&server] { server.stop(); }, [&server] { return server.requestsServed(); },
             [&server] { return server.secondsServing(); }});
    } else {
        window.setServerStatus(QCoreApplication::translate("main", "Not serving: %1").arg(tokens.error().message));
    }
    window.show();
    if (tokens)
        QMetaObject::invokeMethod(
            &window,
            [&window] {
                // Through the toolbar's action, so its state and the status bar follow.
                for (QAction *action : window.findChildren<QAction *>()) {
                    if (action->objectName() == QLatin1String("startServer"))
                        action->trigger();
                }
            },
            Qt::QueuedConnection);
    const int code = QApplication::exec();
    server.stop();
    return code;
}

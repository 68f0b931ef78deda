// keyward: the admin console.
#include "auth/keychain.h"
#include "backend/backend.h"
#include "backend/housekeeping.h"
#include "http/apiserver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    ::umask(0077);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("keyward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Keyward admin console"));
    parser.addHelpOption();
    parser.addVersionOption();
    keyward::DataOptions::addTo(parser);
    parser.process(app);

    keyward::BackendOptions options;
    options.data = keyward::DataOptions::from(parser, QProcessEnvironment::systemEnvironment());
    options.keychain = std::make_shared<keyward::OsKeychain>();
    const auto backend = keyward::Backend::open(options);
    if (!backend) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Keyward"),
            QCoreApplication::translate("main", "Keyward cannot open its data:\n%1").arg(backend.error().message));
        return 1;
    }
    keyward::MainWindow window(backend.value());
    // The console hosts the API: it serves the same database as keyward-server would. When the
    // address is taken (another Keyward already serves it) the console still administers.
    keyward::ApiServer server(backend.value());
    keyward::Housekeeping housekeeping(backend.value());
    if (const keyward::Status tokens = backend.value()->startTokens(); !tokens) {
        window.setServerStatus(QCoreApplication::translate("main", "Not serving: %1").arg(tokens.error().message));
    } else if (const auto port = server.start(keyward::ApiServerOptions::fromSettings(*backend.value())); !port) {
        window.setServerStatus(QCoreApplication::translate("main", "Not serving: %1").arg(port.error().message));
    } else {
        window.setServerStatus(QCoreApplication::translate("main", "Listening on %1").arg(server.baseUrl()));
        housekeeping.start();
    }
    window.show();
    const int code = QApplication::exec();
    server.stop();
    return code;
}

// keyward: the admin console.
#include "backend/backend.h"
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
    const auto backend = keyward::Backend::open(options);
    if (!backend) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Keyward"),
            QCoreApplication::translate("main", "Keyward cannot open its data:\n%1").arg(backend.error().message));
        return 1;
    }
    keyward::MainWindow window(backend.value());
    window.show();
    return QApplication::exec();
}

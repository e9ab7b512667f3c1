#include "ui/gui_startup.h"

#include "core/kb/knowledge_base_loader.h"

#include <QCoreApplication>
#include <optional>

namespace advisor::ui {
namespace {

// "--kb FILE" or "--kb=FILE": the value, advancing `i` past it; null when it is missing.
std::optional<QString> optionValue(const QStringList& args, qsizetype& i, const QString& name) {
    const QString& arg = args[i];
    const QString prefix = name + QLatin1Char('=');
    if (arg.startsWith(prefix))
        return arg.mid(prefix.size());
    if (arg != name)
        return std::nullopt;
    if (i + 1 >= args.size() || args[i + 1].isEmpty())
        return QString();
    return args[++i];
}

} // namespace

GuiArguments parseGuiArguments(const QStringList& arguments) {
    GuiArguments out;
    const QString kb = QStringLiteral("--kb");
    const QString db = QStringLiteral("--db");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--benchmark-startup")) {
            out.benchmarkStartup = true;
        } else if (auto kbValue = optionValue(arguments, i, kb)) {
            if (kbValue->isEmpty())
                out.error = QCoreApplication::translate("GuiArguments", "--kb needs a file name");
            out.knowledgeBasePath = *kbValue;
        } else if (auto dbValue = optionValue(arguments, i, db)) {
            if (dbValue->isEmpty())
                out.error = QCoreApplication::translate("GuiArguments", "--db needs a file name");
            out.databasePath = *dbValue;
        } else {
            out.error =
                QCoreApplication::translate("GuiArguments", "%1: unknown option (see --help)")
                    .arg(arg);
        }
        if (!out.error.isEmpty())
            break;
    }
    return out;
}

GuiStartup prepareStartup(const GuiArguments& arguments) {
    GuiStartup startup{builtInKnowledgeBase(), {}, arguments.databasePath, {}};
    if (arguments.knowledgeBasePath.isEmpty())
        return startup;
    auto loaded = loadKnowledgeBase(arguments.knowledgeBasePath.toStdString());
    if (loaded.ok()) {
        startup.knowledgeBase = std::move(loaded).value();
        return startup;
    }
    // Error::oneLine() is "file: field: message", which names exactly what to fix.
    startup.knowledgeBaseNotice =
        QCoreApplication::translate("GuiStartup",
                                    "Could not use the knowledge base %1; using the built-in one "
                                    "instead.")
            .arg(QString::fromStdString(loaded.error().oneLine()));
    return startup;
}

} // namespace advisor::ui

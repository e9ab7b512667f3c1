// The History page on a temporary database, with a session and a saver to put decisions in it,
// shown offscreen at 1024×700 with deletes confirmed through the seam (no modal dialog). The
// page reads and writes on the store's worker thread: settle() waits for it, as a user would.
#pragma once

#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "ui/decision_session.h"
#include "ui/history/history_model.h"
#include "ui/history/history_page.h"
#include "ui/store/decision_library.h"
#include "ui/store/session_saver.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

// Readable QString values in Catch's failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        return '[' + l.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace advisor::ui::test {

inline QString answersFile(const char* name) {
    return QStringLiteral(ADVISOR_TEST_DATA_DIR "/answers/%1.json").arg(QString::fromLatin1(name));
}

struct HistoryFixture {
    HistoryFixture()
        : library(dir.filePath(QStringLiteral("decisions.sqlite3"))),
          session(builtInKnowledgeBase()), saver(&session, &library) {}

    // Loads an answers file into the session, retitles it and saves it as a new decision.
    std::int64_t save(const char* answers, const QString& title, const QString& notes = {}) {
        auto loaded = loadAnswers(answersFile(answers).toStdString(), session.knowledgeBase());
        REQUIRE(loaded.ok());
        AnswerSet set = std::move(loaded).value();
        set.title = title.toStdString();
        set.notes = notes.toStdString();
        session.load(std::move(set));
        REQUIRE(saver.saveAs());
        settle();
        return saver.savedId();
    }

    HistoryPage* showPage() {
        page = std::make_unique<HistoryPage>(&library, session.knowledgeBase());
        page->setDeleteConfirmation([this](const QStringList& titles, std::size_t count) {
            askedToDelete = titles;
            askedToDeleteCount = count;
            return answerDelete;
        });
        page->resize(1024, 700);
        page->show();
        (void)QTest::qWaitForWindowExposed(page.get());
        page->activateWindow();
        settle();
        return page.get();
    }

    // Waits, as a user would, until the store's worker has done what it was asked and the
    // page has read what it shows: rows and counts, and the outcome of a bulk action.
    void settle() const {
        REQUIRE(QTest::qWaitFor(
            [this] {
                return library.workerIdle() && !library.isBusy() && (!page || !page->isBusy());
            },
            10'000));
    }

    // What the table shows in a column, top to bottom.
    [[nodiscard]] QStringList column(int column) const {
        QStringList out;
        const auto* model = page->table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, column).data().toString();
        return out;
    }
    [[nodiscard]] QStringList titles() const { return column(HistoryModel::Title); }

    void select(const QString& title) {
        const int row = static_cast<int>(titles().indexOf(title));
        REQUIRE(row >= 0);
        page->selectIds({page->model()->idAt(row)});
    }

    QTemporaryDir dir;
    DecisionLibrary library;
    DecisionSession session;
    SessionSaver saver;
    std::unique_ptr<HistoryPage> page;
    bool answerDelete = true;
    QStringList askedToDelete;
    std::size_t askedToDeleteCount = 0;
};

} // namespace advisor::ui::test

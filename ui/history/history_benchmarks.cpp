#include "ui/history/history_benchmarks.h"

#include "core/engine.h"
#include "core/knowledge_base_loader.h"
#include "ui/history/history_model.h"
#include "ui/history/history_page.h"
#include "ui/store/decision_library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <algorithm>
#include <vector>

namespace advisor::ui {
namespace {

double elapsedMs(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Processes events until `widget` has painted once.
class PaintWaiter : public QObject {
public:
    explicit PaintWaiter(QWidget* widget) : widget_(widget) { widget_->installEventFilter(this); }
    void wait() {
        while (!painted_)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        widget_->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget_ && event->type() == QEvent::Paint)
            painted_ = true;
        return false;
    }

private:
    QWidget* widget_;
    bool painted_ = false;
};

} // namespace

bool seedHistoryDatabase(const std::string& dbPath, std::size_t count) {
    auto store = DecisionStore::open(dbPath);
    if (!store)
        return false;
    const KnowledgeBase kb = builtInKnowledgeBase();
    EngineOptions options;
    options.monteCarlo.samples = 1000; // the stored result's size matters here, not its precision
    // A handful of distinct evaluations, copied under many titles: realistic rows and JSON.
    std::vector<Decision> shapes;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        AnswerSet answers = AnswerSet::empty(kb);
        answers.choices[q] = std::vector<std::size_t>{kb.questions[q].options.size() - 1};
        shapes.push_back(
            makeDecision(kb, answers, evaluate(kb, answers, options), options.monteCarlo));
    }
    const char* subjects[] = {"Chat backend",    "Billing API",       "ML platform",
                              "IoT ingestion",   "Reporting service", "Streaming gateway",
                              "Admin dashboard", "Search indexer"};
    std::vector<Decision> all;
    all.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        Decision d = shapes[i % shapes.size()];
        d.title = std::string(subjects[i % 8]) + " #" + std::to_string(i);
        d.notes =
            "Option review number " + std::to_string(i) + " for team " + std::to_string(i % 37);
        d.answers["title"] = d.title;
        d.answers["notes"] = d.notes;
        if (i % 5 == 0)
            d.revisitOn = "2025-0" + std::to_string(1 + i % 9) + "-15";
        all.push_back(std::move(d));
    }
    return store->saveAll(all).ok();
}

double measureHistoryList(const std::string& dbPath) {
    DecisionLibrary library(QString::fromStdString(dbPath));
    if (!library.isOpen()) // opened before timing: the app opens it before History is shown
        return -1;
    const KnowledgeBase kb = builtInKnowledgeBase();
    QElapsedTimer timer;
    timer.start();
    HistoryPage page(&library, kb);
    page.resize(1024, 700);
    PaintWaiter painted(page.table()->viewport());
    page.show();
    painted.wait();
    return elapsedMs(timer);
}

KeystrokeTimes measureHistorySearch(const std::string& dbPath, const std::string& text) {
    DecisionLibrary library(QString::fromStdString(dbPath));
    if (!library.isOpen())
        return {};
    const KnowledgeBase kb = builtInKnowledgeBase();
    HistoryPage page(&library, kb);
    page.resize(1024, 700);
    PaintWaiter painted(page.table()->viewport());
    page.show();
    painted.wait();
    page.searchField()->setFocus();

    std::vector<double> times;
    const QString typed = QString::fromStdString(text);
    for (const QChar c : typed) {
        QElapsedTimer timer;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(page.searchField(), &press);
        // What the user waits for: the rows filtered and drawn.
        page.table()->viewport()->repaint();
        times.push_back(elapsedMs(timer));
        QCoreApplication::processEvents();
    }
    if (times.empty())
        return {};
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    return {sorted[sorted.size() / 2], sorted.back(), sorted.size()};
}

} // namespace advisor::ui

#include "ui/history/history_benchmarks.h"

#include "core/kb/knowledge_base_loader.h"
#include "ui/history/history_model.h"
#include "ui/history/history_page.h"
#include "ui/stall_meter.h"
#include "ui/store/decision_library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <functional>

namespace advisor::ui {
namespace {

double elapsedMs(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Counts the paints of a widget, to wait for the one that shows new rows.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget* widget) : widget_(widget) { widget_->installEventFilter(this); }
    ~PaintCounter() override { widget_->removeEventFilter(this); }
    [[nodiscard]] int paints() const { return paints_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget_ && event->type() == QEvent::Paint)
            ++paints_;
        return false;
    }

private:
    QWidget* widget_;
    int paints_ = 0;
};

// The library open and idle, the page shown and its first rows and counts in.
struct OpenPage {
    explicit OpenPage(const std::string& dbPath)
        : library(QString::fromStdString(dbPath)), kb(builtInKnowledgeBase()) {
        library.store(); // the app has the store open before History is shown
        page = std::make_unique<HistoryPage>(&library, kb);
        page->resize(1024, 700);
        page->show();
        settle();
    }
    void settle() const {
        runEventLoopUntil([this] {
            return !page->isBusy() && library.workerIdle() && page->model()->rowCount() > 0;
        });
    }

    DecisionLibrary library;
    KnowledgeBase kb;
    std::unique_ptr<HistoryPage> page;
};

} // namespace

double measureHistoryList(const std::string& dbPath) {
    DecisionLibrary library(QString::fromStdString(dbPath));
    if (!library.isOpen()) // opened before timing: the app opens it before History is shown
        return -1;
    const KnowledgeBase kb = builtInKnowledgeBase();
    QElapsedTimer timer;
    timer.start();
    HistoryPage page(&library, kb);
    page.resize(1024, 700);
    PaintCounter painted(page.table()->viewport());
    bool read = false;
    int paintsBeforeRows = 0;
    QObject::connect(page.model(), &HistoryModel::rowsRead, &page, [&] {
        read = true;
        paintsBeforeRows = painted.paints();
    });
    page.show();
    runEventLoopUntil([&] { return read && painted.paints() > paintsBeforeRows; });
    const double ms = elapsedMs(timer);
    runEventLoopUntil([&] { return library.workerIdle() && !page.isBusy(); });
    return ms;
}

KeystrokeTimes measureHistorySearch(const std::string& dbPath, const std::string& text) {
    OpenPage open(dbPath);
    HistoryPage* page = open.page.get();
    PaintCounter painted(page->table()->viewport());
    page->searchField()->setFocus();

    KeystrokeTimes times;
    StallMeter stalls;
    stalls.start();
    for (const QChar c : QString::fromStdString(text)) {
        bool read = false;
        bool counted = false;
        int paintsBeforeRows = 0;
        const auto rows = QObject::connect(page->model(), &HistoryModel::rowsRead, page, [&] {
            read = true;
            paintsBeforeRows = painted.paints();
        });
        const auto counts = QObject::connect(page->model(), &HistoryModel::loadingChanged, page,
                                             [&](bool loading) { counted = counted || !loading; });
        QElapsedTimer timer;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(page->searchField(), &press);
        if (!page->model()->isLoading()) {
            // A key that leaves the search as it was (a trailing space): nothing to read.
            read = counted = true;
            paintsBeforeRows = painted.paints();
            page->searchField()->update();
            page->table()->viewport()->update();
        }
        // What the user waits for: the rows found, drawn.
        runEventLoopUntil([&] { return read && painted.paints() > paintsBeforeRows; });
        times.rowsMs.push_back(elapsedMs(timer));
        runEventLoopUntil([&] { return counted; });
        times.countedMs.push_back(elapsedMs(timer));
        QObject::disconnect(rows);
        QObject::disconnect(counts);
        // A person types about ten characters a second; the loop turns meanwhile.
        QElapsedTimer pause;
        pause.start();
        runEventLoopUntil([&] { return pause.elapsed() >= 100; });
    }
    stalls.stop();
    times.longestStallMs = stalls.longestMs();
    return times;
}

DeleteAllTimes measureHistoryDeleteAll(const std::string& dbPath) {
    OpenPage open(dbPath);
    HistoryPage* page = open.page.get();
    page->setDeleteConfirmation([](const QStringList&, std::size_t) { return true; });
    PaintCounter painted(page->table()->viewport());
    DeleteAllTimes times;
    StallMeter stalls;

    page->table()->setFocus();
    page->selectAllMatching();
    times.deleted = page->selectionCount();
    // The emptied list arrives last; the paint after it is what the user waits for.
    int paintsBeforeEmpty = -1;
    const auto emptied = QObject::connect(page->model(), &HistoryModel::rowsRead, page, [&] {
        if (page->model()->rowCount() == 0)
            paintsBeforeEmpty = painted.paints();
    });
    stalls.start();
    QElapsedTimer timer;
    timer.start();
    page->deleteSelected();
    runEventLoopUntil([&] {
        return paintsBeforeEmpty >= 0 && painted.paints() > paintsBeforeEmpty && !page->isBusy() &&
               open.library.workerIdle();
    });
    times.deleteMs = elapsedMs(timer);
    QObject::disconnect(emptied);

    timer.restart();
    page->undoStack()->undo();
    open.settle();
    times.undoMs = elapsedMs(timer);
    stalls.stop();
    times.longestStallMs = stalls.longestMs();
    return times;
}

OpenTimes measureStoreOpen(const std::string& dbPath) {
    DecisionLibrary library(QString::fromStdString(dbPath));
    OpenTimes times;
    StallMeter stalls;
    bool offered = false;
    // What the window does once the store is open: look for a draft to offer.
    QObject::connect(&library, &DecisionLibrary::opened, &library, [&] {
        (void)library.loadDraft();
        offered = true;
    });
    stalls.start();
    QElapsedTimer timer;
    timer.start();
    library.startOpening();
    runEventLoopUntil([&] { return offered; });
    times.openMs = elapsedMs(timer);
    stalls.stop();
    times.longestStallMs = stalls.longestMs();
    runEventLoopUntil([&] { return library.workerIdle(); });
    return times;
}

} // namespace advisor::ui

// --benchmark-startup: prints the milliseconds from the start of runGui to the main window's
// first completed paint on its own line, then, where the first screen defers content past that
// paint, "complete <ms>" once it is in, and quits.
#pragma once

#include <QElapsedTimer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace advisor::ui {

enum class AfterFirstPaint { Quit, WaitForCompletion };

// Prints the milliseconds elapsed on `sinceStart` at `window`'s first paint, then quits with
// exit code 0 unless told to wait for reportCompletion.
void benchmarkFirstPaint(QWidget* window, const QElapsedTimer& sinceStart,
                         AfterFirstPaint after = AfterFirstPaint::Quit);

// Prints "complete <ms>" (the content deferred past the first paint is in) and quits: the
// deferral is measured, not hidden.
void reportCompletion(const QElapsedTimer& sinceStart);

} // namespace advisor::ui

#include "ui/weights_page.h"

#include "ui/decision_session.h"

namespace advisor::ui {

WeightsPage::WeightsPage(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {}

} // namespace advisor::ui

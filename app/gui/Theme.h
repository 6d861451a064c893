// ConvSight's look: high contrast and large type, so it reads on a projector from the last row.
#pragma once

class QApplication;

namespace convsight::app {

void applyTheme(QApplication& app);

} // namespace convsight::app

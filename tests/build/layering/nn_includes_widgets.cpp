// Must not compile: core knows nothing of the widgets.
#include "common/Theme.h"

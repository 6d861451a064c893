// Compiles: nn may include its own headers and those of the layers it links.
#include "nn/Layer.h"

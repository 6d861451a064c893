// Must not compile: compute is the lowest layer and cannot see nn.
#include "nn/Layer.h"

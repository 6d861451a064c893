// Must not compile: one workspace never reaches into another.
#include "train/TrainWorkspace.h"

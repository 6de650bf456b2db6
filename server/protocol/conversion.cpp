#include "conversion.h"

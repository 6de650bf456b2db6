#include "rfc.h"

#pragma once
#include "write/sink.h"

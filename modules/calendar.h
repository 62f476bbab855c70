// SPDX-License-Identifier: MIT
// The time module's calendar (modules/time.c), which machine.RTC shares:
// proleptic Gregorian, seconds counted from 2000-01-01 00:00:00.
#ifndef ES_MODULES_CALENDAR_H
#define ES_MODULES_CALENDAR_H

#include "obj.h"

// [secs] as time.gmtime's tuple (year, month, mday, hour, minute, second,
// weekday 0=Monday, yearday). Raises MemoryError.
es_val_t es_time_gmtime(long long secs);

// The seconds of [it]'s first six items (year, month, mday, hour, minute,
// second), out-of-range fields carrying over as time.mktime's do. Raises
// TypeError for an item that is no int.
long long es_time_mktime(const es_val_t *it);

#endif

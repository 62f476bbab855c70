// SPDX-License-Identifier: MIT
// hal/timer.h on the host: alarms are the board clock's events
// (sim/clock.h), kept in a table here as well, so that the chip's stop (a
// reset or deep sleep, sim/reset.h) drops them all; without a board there
// are none.
#include <stddef.h>

#include "hal/timer.h"
#include "sim/board.h"
#include "sim/clock.h"
#include "sim/reset.h"

#define MAX_ALARMS 32

static struct alarm {
    hal_alarm_fn fn;   // NULL: a free slot
    void *arg;
} alarms[MAX_ALARMS];

uint64_t hal_time_ns(void) {
    return sim_now_ns();
}

static void due(void *arg) {
    struct alarm *a = arg, copy = *a;
    a->fn = NULL;
    copy.fn(copy.arg);
}

// The chip stops (perhaps inside a hard handler): no alarm goes off any
// more, and none is held.
static void stop(void) {
    sim_clock_release();
    for (size_t i = 0; i < MAX_ALARMS; i++) {
        if (alarms[i].fn != NULL) {
            sim_event_cancel(due, &alarms[i]);
            alarms[i].fn = NULL;
        }
    }
}

bool hal_alarm_at(uint64_t t, hal_alarm_fn fn, void *arg) {
    static bool stop_set;
    if (!sim_board_on()) {
        return false;
    }
    if (!stop_set) {
        sim_reset_on_stop(stop);
        stop_set = true;
    }
    for (size_t i = 0; i < MAX_ALARMS; i++) {
        if (alarms[i].fn == NULL) {
            if (!sim_event_at(t, due, &alarms[i])) {
                return false;
            }
            alarms[i] = (struct alarm){fn, arg};
            return true;
        }
    }
    return false;
}

void hal_alarm_cancel(hal_alarm_fn fn, void *arg) {
    for (size_t i = 0; i < MAX_ALARMS; i++) {
        if (alarms[i].fn == fn && alarms[i].arg == arg) {
            sim_event_cancel(due, &alarms[i]);
            alarms[i].fn = NULL;
        }
    }
}

void hal_alarm_hold(bool hold) {
    sim_clock_hold(hold);
}

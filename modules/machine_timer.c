// SPDX-License-Identifier: MIT
// machine.Timer on a board, as the reference's ESP8266 port (its SDK
// "virtual" timers): Timer(id) (id ignored), init(*, mode=PERIODIC,
// callback=None, period=0xffffffff, tick_hz=1000, freq=None, hard=False),
// deinit(), ONE_SHOT 0, PERIODIC 1. Periods under 100 us become 100 us.
// The alarms are on the board's clock (hal/timer.h): a periodic timer's
// n-th call is due at start + n * period exactly (no drift). A soft
// callback goes through the scheduler; a hard one runs at once with the
// heap locked, and what it raises is printed after "uncaught exception in
// timer callback" and stops the timer. Armed timers are chained from
// es_g.timers (they stay alive without a reference, as on the chip); each
// is a finalized object, so a soft reset's sweep cancels its alarm.
#include "builtins.h"
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "gc.h"
#include "hal/timer.h"
#include "int.h"
#include "intern.h"
#include "machine.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "state.h"

// The reference's limits (its datasheet values): the shortest period, and
// where it arms in ms rather than us.
#define US_MIN 100u
#define US_MAX 0xfffffffu

typedef struct timer {
    es_obj_t base;
    es_val_t callback;
    struct timer *next;  // in es_g.timers while armed
    uint64_t due;        // ns on the board's clock
    uint64_t period;     // ns; 0: one-shot
    bool hard, armed;
} machine_timer_t;

extern const es_type_t machine_timer_type;

static void fire(void *arg);

static void unlink_timer(machine_timer_t *t) {
    for (machine_timer_t **p = (machine_timer_t **)&es_g.timers; *p != NULL;
         p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            break;
        }
    }
    t->next = NULL;
}

static void disarm(machine_timer_t *t) {
    if (t->armed) {
        hal_alarm_cancel(fire, t);
        unlink_timer(t);
        t->armed = false;
    }
}

static void arm(machine_timer_t *t, uint64_t ns, bool periodic) {
    t->period = periodic ? ns : 0;
    t->due = hal_time_ns() + ns;
    if (!hal_alarm_at(t->due, fire, t)) {
        es_raise_msg(&es_type_OSError, ES_ERR("no timer available"));
    }
    t->armed = true;
    t->next = es_g.timers;
    es_g.timers = t;
}

// The alarm: the next one first (so the callback may deinit), then the
// callback.
static void fire(void *arg) {
    machine_timer_t *t = arg;
    es_val_t self = es_val(t);
    if (t->period != 0) {
        t->due += t->period;
        if (!hal_alarm_at(t->due, fire, t)) {
            disarm(t);
        }
    } else {
        unlink_timer(t);
        t->armed = false;
    }
    if (!t->hard) {
        es_sched_schedule(t->callback, self); // dropped when full, as there
    } else if (!machine_call_hard(t->callback, self,
        "uncaught exception in timer callback\n")) {
        disarm(t);
    }
}

// The period in ns from init's arguments, as the reference arms it: freq
// in Hz (a float), else period in ticks of tick_hz; in us (at least
// US_MIN) up to US_MAX us, in whole ms above.
static uint64_t us_period(uint64_t us) {
    if (us < US_MIN) {
        us = US_MIN;
    }
    return us <= US_MAX ? us * 1000u : us / 1000u * 1000000u;
}

static uint64_t period_of(es_val_t freq, es_val_t period, es_val_t tick_hz) {
    if (freq != ES_NULL && freq != ES_NONE) {
        double f = es_float_of(freq);
        if (!(f > 0)) {
            es_raise_msg(&es_type_ValueError, ES_ERR("invalid freq"));
        }
        return f < 0.001 ? (uint64_t)(1000 / f) * 1000000u
            : us_period((uint64_t)(1000000 / f));
    }
    es_int_t p = period == ES_NULL ? (es_int_t)0xffffffffu
        : es_get_int(period);
    es_int_t hz = tick_hz == ES_NULL ? 1000 : es_get_int(tick_hz);
    if (p < 0 || hz <= 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR(p < 0 ? "invalid period"
            : "invalid tick_hz"));
    }
    if (hz == 1000) {
        return (uint64_t)p * 1000000u;
    }
    uint64_t us = (uint64_t)p * 1000000u / (uint64_t)hz;
    return us < 0x80000000u ? us_period(us) : us / 1000u * 1000000u;
}

static void timer_init_args(machine_timer_t *t, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(mode), ES_Q(callback),
        ES_Q(period), ES_Q(tick_hz), ES_Q(freq), ES_Q(hard)};
    es_val_t a[6];
    es_builtins_get_kw(ES_Q(init), n_args, n_kw, args, 6, names, a);
    bool periodic = a[0] == ES_NULL || es_get_int(a[0]) != 0;
    uint64_t ns = period_of(a[4], a[2], a[3]);
    disarm(t);
    t->callback = a[1] == ES_NULL ? ES_NONE : a[1];
    t->hard = a[5] != ES_NULL && es_truthy(a[5]);
    arm(t, ns, periodic);
}

static es_val_t timer_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    (void)args;
    es_check_nargs(type->name, n_args, 1, 1, n_kw, false);
    machine_timer_t *t = es_gc_alloc(sizeof(machine_timer_t), ES_GC_FINAL);
    t->base.type = &machine_timer_type;
    t->callback = ES_NONE;
    return es_val(t);
}

static es_val_t timer_init(size_t n_args, size_t n_kw, const es_val_t *args) {
    timer_init_args((machine_timer_t *)es_obj(args[0]), n_args - 1, n_kw, args + 1);
    return ES_NONE;
}
static ES_FUN_KW(fun_init, 1, 1, timer_init);

static es_val_t timer_deinit(es_val_t self) {
    disarm((machine_timer_t *)es_obj(self));
    return ES_NONE;
}
static ES_FUN_1(fun_deinit, timer_deinit);

// The sweep of a soft reset (or of an unarmed timer): no alarm may be
// left pointing at the object.
static void timer_finalize(es_obj_t *self) {
    machine_timer_t *t = (machine_timer_t *)self;
    if (t->armed) {
        hal_alarm_cancel(fire, t);
    }
}

static void timer_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    (void)kind;
    // the reference's %p: hex digits without 0x (the low 32 bits here)
    es_printf(p, "Timer(%x)", (unsigned)(uintptr_t)es_obj(self));
}

static const es_map_elem_t timer_locals_table[] = {
    {ES_QV(deinit), ES_PTR(&fun_deinit)},
    {ES_QV(init), ES_PTR(&fun_init)},
    {ES_QV(ONE_SHOT), ES_SMALL(0)},
    {ES_QV(PERIODIC), ES_SMALL(1)},
};
static ES_CONST_DICT(timer_locals, timer_locals_table);

const es_type_t machine_timer_type = {
    .base = {&es_type_type},
    .name = ES_Q(Timer),
    .parent = &es_type_object,
    .print = timer_print,
    .make_new = timer_make,
    .finalize = timer_finalize,
    .locals = ES_PTR(&timer_locals),
};

// SPDX-License-Identifier: MIT
// machine's resets, sleeps and watchdog on the board, as the reference's
// ESP8266 port has them: reset, soft_reset, reset_cause and its
// constants, deepsleep (with RTC.ALARM0's wake), lightsleep (and its
// alias sleep), DEEPSLEEP and WDT. The chip's side is hal/reset.h.
#include "builtins.h"
#include "exc.h"
#include "fun.h"
#include "hal/reset.h"
#include "int.h"
#include "intern.h"
#include "machine.h"
#include "map.h"
#include "port.h"
#include "runtime.h"

// reset(): a software restart (reset_cause() is then SOFT_RESET); the
// RTC's time of day goes on.
static es_val_t machine_reset(void) {
    machine_rtc_prepare(0);
    hal_reset(HAL_RESET_SOFT);
}
static ES_FUN_0(fun_reset, machine_reset);

// soft_reset(): sys.exit() as on the reference: at the prompt it soft
// resets; in main.py it ends the program and the REPL starts.
static es_val_t machine_soft_reset(size_t n_args, const es_val_t *args) {
    es_raise(es_exc_new(&es_type_SystemExit, n_args, args));
}
static ES_FUN_VAR(fun_soft_reset, 0, 1, machine_soft_reset);

static es_val_t machine_reset_cause(void) {
    return es_small_new(hal_reset_cause());
}
static ES_FUN_0(fun_reset_cause, machine_reset_cause);

// An optional ms argument as us, at least [min_us].
static uint64_t ms_arg(size_t n_args, const es_val_t *args, uint64_t min_us) {
    long long ms;
    if (n_args == 0) {
        return 0;
    }
    if (!es_int_get_ll(args[0], &ms)) {
        ms = es_get_int(args[0]); // TypeError, or OverflowError
    }
    return ms * 1000 < (long long)min_us ? min_us : (uint64_t)ms * 1000;
}

// deepsleep([ms]): sleep until [ms] pass or RTC.ALARM0 expires (with
// RTC.irq(wake=DEEPSLEEP)), whichever is first; neither: for ever. The
// chip then wakes as from a reset (when GPIO16 is wired to RST).
static es_val_t machine_deepsleep(size_t n_args, const es_val_t *args) {
    uint64_t us = machine_rtc_alarm_sleep(), max = ms_arg(n_args, args, 1000);
    if (max > HAL_DEEPSLEEP_MAX_US) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("deep sleep is at most 4294967 ms"));
    }
    if (us > HAL_DEEPSLEEP_MAX_US) {
        us = HAL_DEEPSLEEP_MAX_US; // the alarm is further: wake on the way
    }
    if (n_args == 1 && (us == 0 || max < us)) {
        us = max;
    }
    hal_deepsleep(us == 0 ? 0 : machine_rtc_prepare(us));
}
static ES_FUN_VAR(fun_deepsleep, 0, 1, machine_deepsleep);

// lightsleep([ms]) and sleep([ms]): the CPU waits, events (interrupt
// handlers, timers) run meanwhile; without [ms] as long as the chip's
// timer goes (0xffffffff us).
static es_val_t machine_lightsleep(size_t n_args, const es_val_t *args) {
    uint64_t us = n_args == 0 ? HAL_DEEPSLEEP_MAX_US : ms_arg(n_args, args, 0);
    port_sleep_us(us);
    return ES_NONE;
}
static ES_FUN_VAR(fun_lightsleep, 0, 1, machine_lightsleep);

// --- WDT(id=0, timeout=5000): the chip's watchdog, whose timeout is
// fixed: other values are a ValueError, as on the reference. Once made it
// must be fed, or the chip resets (reset_cause() then WDT_RESET).

static const es_obj_t wdt_obj = {&machine_wdt_type};

static es_val_t wdt_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(id), ES_Q(timeout)};
    es_val_t a[2];
    es_check_nargs(type->name, n_args, 0, 2, 0, false);
    es_builtins_get_kw(type->name, n_args, n_kw, args, 2, names, a);
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    if ((a[0] != ES_NULL && es_get_int(a[0]) != 0)
        || (a[1] != ES_NULL && es_get_int(a[1]) != 5000)) {
        es_raise(es_exc_new(&es_type_ValueError, 0, NULL));
    }
    hal_wdt_start(5000);
    return es_val(&wdt_obj);
}

static es_val_t wdt_feed(es_val_t self) {
    (void)self;
    hal_wdt_feed();
    return ES_NONE;
}
static ES_FUN_1(fun_feed, wdt_feed);

static const es_map_elem_t wdt_locals_table[] = {
    {ES_QV(feed), ES_PTR(&fun_feed)},
};
static ES_CONST_DICT(wdt_locals, wdt_locals_table);

const es_type_t machine_wdt_type = {
    .base = {&es_type_type},
    .name = ES_Q(WDT),
    .parent = &es_type_object,
    .make_new = wdt_make,
    .locals = ES_PTR(&wdt_locals),
};

// The names these add to machine on a board (machine.c's board names).
static const es_map_elem_t reset_table[] = {
    {ES_QV(RTC), ES_PTR(&machine_rtc_type)},
    {ES_QV(WDT), ES_PTR(&machine_wdt_type)},
    {ES_QV(reset), ES_PTR(&fun_reset)},
    {ES_QV(soft_reset), ES_PTR(&fun_soft_reset)},
    {ES_QV(reset_cause), ES_PTR(&fun_reset_cause)},
    {ES_QV(deepsleep), ES_PTR(&fun_deepsleep)},
    {ES_QV(lightsleep), ES_PTR(&fun_lightsleep)},
    {ES_QV(sleep), ES_PTR(&fun_lightsleep)},
    {ES_QV(DEEPSLEEP), ES_SMALL(MACHINE_WAKE_DEEPSLEEP)},
    {ES_QV(PWRON_RESET), ES_SMALL(HAL_RESET_PWRON)},
    {ES_QV(WDT_RESET), ES_SMALL(HAL_RESET_WDT)},
    {ES_QV(SOFT_RESET), ES_SMALL(HAL_RESET_SOFT)},
    {ES_QV(DEEPSLEEP_RESET), ES_SMALL(HAL_RESET_DEEPSLEEP)},
    {ES_QV(HARD_RESET), ES_SMALL(HAL_RESET_EXT)},
};
ES_CONST_DICT(machine_reset_names, reset_table);

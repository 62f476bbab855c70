// SPDX-License-Identifier: MIT
// machine.PWM on a board, as the reference's ESP8266 port (hal/pwm.h: its
// software PWM): PWM(pin, freq, duty, duty_u16, duty_ns) (-1: not given),
// init(...), deinit(), freq([hz]), duty([0..1023]), duty_u16([v]),
// duty_ns([ns]). Channels on GPIO 0, 2, 4, 5, 12, 13, 14 and 15 (others:
// "PWM not supported on pin N"); one frequency for all, 1..1000 Hz, and a
// 10-bit duty, both clamped rather than refused, as the reference does.
// Reading a duty of a deinit'ed PWM, or setting it, makes it a channel
// again (duty 0). The duty_u16/duty_ns conversions are the reference's
// methods' (its constructor's own differ: docs/board.md).
#include "builtins.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "hal/pwm.h"
#include "int.h"
#include "intern.h"
#include "machine.h"
#include "map.h"
#include "print.h"
#include "runtime.h"

typedef struct pwm {
    es_obj_t base;
    uint32_t gpio;
    bool active;       // a channel (until deinit)
    int64_t duty_ns;   // the duty set in ns (kept across freq()), -1: none
} pwm_t;

extern const es_type_t machine_pwm_type;

static pwm_t *self_of(es_val_t v) {
    return (pwm_t *)es_obj(v);
}

// [v] clamped to what an int32 holds (the hal clamps further).
static int32_t clamp32(int64_t v) {
    return (int32_t)(v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX
        : v);
}

// An int argument of at most 64 bits (larger: OverflowError).
static int64_t int_arg(es_val_t v) {
    return (int64_t)es_get_int(v);
}

static void make_active(pwm_t *p) {
    if (!p->active) {
        hal_pwm_add((int)p->gpio);
        p->active = true;
    }
}

static void set_duty(pwm_t *p, int64_t duty) {
    make_active(p);
    hal_pwm_set_duty((int)p->gpio, clamp32(duty));
    hal_pwm_start();
}

// [v] within [lo, hi] (beyond them the duty is clamped anyway).
static int64_t within(int64_t v, int64_t lo, int64_t hi) {
    return v < lo ? lo : v > hi ? hi : v;
}

static void set_duty_u16(pwm_t *p, int64_t v) {
    p->duty_ns = -1;
    set_duty(p, within(v, -65536, 2 * 65536) * 1024 / 65535);
}

static void set_duty_ns(pwm_t *p, int64_t ns) {
    p->duty_ns = ns;
    set_duty(p, within(ns, -2000000000, 2000000000) * hal_pwm_freq()
        / 976562);
}

// init's arguments after the pin: freq, duty, duty_u16, duty_ns (-1 or
// absent: not given).
static void pwm_init_args(pwm_t *p, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(freq), ES_Q(duty),
        ES_Q(duty_u16), ES_Q(duty_ns)};
    es_val_t a[4];
    int64_t v[4];
    es_check_nargs(ES_Q(init), n_args, 0, 4, n_kw, true);
    es_builtins_get_kw(ES_Q(init), n_args, n_kw, args, 4, names, a);
    for (size_t i = 0; i < 4; i++) {
        a[i] = i < n_args ? args[i] : a[i];
        v[i] = a[i] == ES_NULL ? -1 : int_arg(a[i]);
    }
    if (!hal_pwm_add((int)p->gpio)) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("PWM not supported on pin %d"), (int)p->gpio);
    }
    p->active = true;
    if (v[0] != -1) {
        hal_pwm_set_freq(clamp32(v[0]));
    }
    if (v[1] != -1) {
        p->duty_ns = -1;
        set_duty(p, v[1]);
    }
    if (v[2] != -1) {
        set_duty_u16(p, v[2]);
    }
    if (v[3] != -1) {
        set_duty_ns(p, v[3]);
    }
    hal_pwm_start();
}

static es_val_t pwm_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 5, n_kw, true);
    // the pin: a Pin, or its number (checked as Pin(n) checks it)
    es_val_t pin = es_type_of(args[0]) == &machine_pin_type ? args[0]
        : machine_pin_type.make_new(&machine_pin_type, 1, 0, args);
    pwm_t *p = es_gc_alloc(sizeof(pwm_t), 0);
    p->base.type = &machine_pwm_type;
    p->gpio = (uint32_t)machine_pin_gpio(pin);
    p->duty_ns = -1;
    pwm_init_args(p, n_args - 1, n_kw, args + 1);
    return es_val(p);
}

static es_val_t pwm_init(size_t n_args, size_t n_kw, const es_val_t *args) {
    pwm_init_args(self_of(args[0]), n_args - 1, n_kw, args + 1);
    return ES_NONE;
}
static ES_FUN_KW(fun_init, 1, 5, pwm_init);

static es_val_t pwm_deinit(es_val_t self) {
    pwm_t *p = self_of(self);
    hal_pwm_delete((int)p->gpio);
    p->active = false;
    hal_pwm_start();
    return ES_NONE;
}
static ES_FUN_1(fun_deinit, pwm_deinit);

static es_val_t pwm_freq(size_t n_args, const es_val_t *args) {
    pwm_t *p = self_of(args[0]);
    if (n_args == 1) {
        return es_small_new(hal_pwm_freq());
    }
    hal_pwm_set_freq(clamp32(int_arg(args[1])));
    if (p->duty_ns != -1) {
        set_duty_ns(p, p->duty_ns);
    } else {
        hal_pwm_start();
    }
    return ES_NONE;
}
static ES_FUN_VAR(fun_freq, 1, 2, pwm_freq);

// duty, duty_u16 and duty_ns: reading makes the PWM a channel again.
static es_val_t pwm_duty(size_t n_args, const es_val_t *args) {
    pwm_t *p = self_of(args[0]);
    if (n_args == 1) {
        make_active(p);
        return es_small_new(hal_pwm_duty((int)p->gpio));
    }
    p->duty_ns = -1;
    set_duty(p, int_arg(args[1]));
    return ES_NONE;
}
static ES_FUN_VAR(fun_duty, 1, 2, pwm_duty);

static es_val_t pwm_duty_u16(size_t n_args, const es_val_t *args) {
    pwm_t *p = self_of(args[0]);
    if (n_args == 1) {
        make_active(p);
        return es_small_new(hal_pwm_duty((int)p->gpio) * 65535 / 1024);
    }
    set_duty_u16(p, int_arg(args[1]));
    return ES_NONE;
}
static ES_FUN_VAR(fun_duty_u16, 1, 2, pwm_duty_u16);

static es_val_t pwm_duty_ns(size_t n_args, const es_val_t *args) {
    pwm_t *p = self_of(args[0]);
    if (n_args == 1) {
        make_active(p);
        return es_small_new((es_int_t)((int64_t)hal_pwm_duty((int)p->gpio)
            * 976563 / hal_pwm_freq()));
    }
    set_duty_ns(p, int_arg(args[1]));
    return ES_NONE;
}
static ES_FUN_VAR(fun_duty_ns, 1, 2, pwm_duty_ns);

static void pwm_print(const es_print_t *pr, es_val_t self,
    es_print_kind_t kind) {
    (void)kind;
    pwm_t *p = self_of(self);
    es_printf(pr, "PWM(%u", (unsigned)p->gpio);
    if (p->active) {
        es_printf(pr, ", freq=%u, duty=%u", (unsigned)hal_pwm_freq(),
            (unsigned)hal_pwm_duty((int)p->gpio));
    }
    es_printf(pr, ")");
}

static const es_map_elem_t pwm_locals_table[] = {
    {ES_QV(init), ES_PTR(&fun_init)},
    {ES_QV(deinit), ES_PTR(&fun_deinit)},
    {ES_QV(freq), ES_PTR(&fun_freq)},
    {ES_QV(duty), ES_PTR(&fun_duty)},
    {ES_QV(duty_u16), ES_PTR(&fun_duty_u16)},
    {ES_QV(duty_ns), ES_PTR(&fun_duty_ns)},
};
static ES_CONST_DICT(pwm_locals, pwm_locals_table);

const es_type_t machine_pwm_type = {
    .base = {&es_type_type},
    .name = ES_Q(PWM),
    .parent = &es_type_object,
    .print = pwm_print,
    .make_new = pwm_make,
    .locals = ES_PTR(&pwm_locals),
};

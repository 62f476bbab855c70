// SPDX-License-Identifier: MIT
// machine.Pin on a board (hal/pin.h), as the reference's ESP8266 port:
// Pin(id, mode=-1, pull=None, *, value), init, value, __call__, on, off,
// toggle, irq(handler=None, trigger=IRQ_RISING|IRQ_FALLING, hard=False).
// GPIO 0-5, 9, 10 and 12-16; 6, 7, 8 and 11 (the flash) are refused;
// GPIO16 has no pull-up and no interrupt. A soft handler runs through the
// scheduler (micropython.schedule); a hard one at once, with the heap
// locked (the reference refuses hard=True: docs/board.md).
#include "builtins.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "hal/pin.h"
#include "int.h"
#include "interp.h"
#include "intern.h"
#include "machine.h"
#include "map.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "state.h"

typedef struct pin {
    es_obj_t base;
    uint32_t gpio; // a word: the objects are in flash on the chip
} pin_t;

typedef struct pin_irq {
    es_obj_t base;
    uint32_t gpio; // a word: the objects are in flash on the chip
} pin_irq_t;

extern const es_type_t pin_irq_type;

#define P(n) {{&machine_pin_type}, n}
static const pin_t pins[HAL_PIN_COUNT] = {P(0), P(1), P(2), P(3), P(4), P(5),
    P(6), P(7), P(8), P(9), P(10), P(11), P(12), P(13), P(14), P(15), P(16)};
#undef P
#define Q(n) {{&pin_irq_type}, n}
static const pin_irq_t irqs[HAL_PIN_COUNT] = {Q(0), Q(1), Q(2), Q(3), Q(4),
    Q(5), Q(6), Q(7), Q(8), Q(9), Q(10), Q(11), Q(12), Q(13), Q(14), Q(15),
    Q(16)};
#undef Q

int machine_pin_gpio(es_val_t pin) {
    return ((pin_t *)es_obj(pin))->gpio;
}

// Pin.init's arguments after self: mode, pull, then the keyword value.
static void pin_init_args(int gpio, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(mode), ES_Q(pull), ES_Q(value)};
    es_val_t a[3];
    es_builtins_get_kw(ES_Q(init), n_args, n_kw, args, 3, names, a);
    if (n_args > 2) {
        es_check_nargs(ES_Q(init), n_args, 0, 2, n_kw, true);
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    int mode = a[0] == ES_NULL ? -1 : (int)es_get_int(a[0]);
    bool pull = a[1] != ES_NULL && a[1] != ES_NONE;
    if (pull && gpio == 16) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("Pin(16) doesn't support pull"));
    }
    if (pull && es_get_int(a[1]) != 1) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid pull"));
    }
    if (mode < -1 || mode > HAL_PIN_OPEN_DRAIN) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid mode"));
    }
    if (a[2] != ES_NULL && a[2] != ES_NONE) {
        hal_pin_set(gpio, es_truthy(a[2]));
    }
    hal_pin_config(gpio, mode < 0 ? hal_pin_mode(gpio) : mode, pull);
}

static es_val_t pin_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 3, n_kw, true);
    es_int_t id = es_get_int(args[0]);
    if (id < 0 || id >= HAL_PIN_COUNT || (id >= 6 && id <= 8) || id == 11) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid pin"));
    }
    if (n_args > 1 || n_kw > 0) {
        pin_init_args((int)id, n_args - 1, n_kw, args + 1);
    }
    return es_val(&pins[id]);
}

static es_val_t pin_init(size_t n_args, size_t n_kw, const es_val_t *args) {
    pin_init_args(machine_pin_gpio(args[0]), n_args - 1, n_kw, args + 1);
    return ES_NONE;
}
static ES_FUN_KW(fun_init, 1, 3, pin_init);

static es_val_t pin_value(size_t n_args, const es_val_t *args) {
    int gpio = machine_pin_gpio(args[0]);
    if (n_args == 1) {
        return es_small_new(hal_pin_get(gpio));
    }
    hal_pin_set(gpio, es_truthy(args[1]));
    return ES_NONE;
}
static ES_FUN_VAR(fun_value, 1, 2, pin_value);

static es_val_t pin_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(ES_Q(Pin), n_args, 0, 1, n_kw, false);
    es_val_t a[2] = {self, n_args ? args[0] : ES_NULL};
    return pin_value(n_args + 1, a);
}

static es_val_t pin_on(es_val_t self) {
    hal_pin_set(machine_pin_gpio(self), 1);
    return ES_NONE;
}
static ES_FUN_1(fun_on, pin_on);

static es_val_t pin_off(es_val_t self) {
    hal_pin_set(machine_pin_gpio(self), 0);
    return ES_NONE;
}
static ES_FUN_1(fun_off, pin_off);

// toggle flips the output latch (as the reference's pin_set(!pin_get)).
static es_val_t pin_toggle(es_val_t self) {
    int gpio = machine_pin_gpio(self);
    hal_pin_set(gpio, !hal_pin_get(gpio));
    return ES_NONE;
}
static ES_FUN_1(fun_toggle, pin_toggle);

// --- interrupts: es_g.pin_irq[gpio] is the handler, pin_irq_hard the
// hard ones (bit per GPIO), pin_irq_trigger the edges.

static es_val_t pin_irq(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(handler), ES_Q(trigger),
        ES_Q(hard)};
    int gpio = machine_pin_gpio(args[0]);
    es_val_t a[3];
    es_builtins_get_kw(ES_Q(irq), n_args, n_kw, args, 3, names, a);
    for (size_t i = 1; i < n_args; i++) {
        a[i - 1] = args[i];
    }
    if (gpio >= 16) {
        es_raise_msg(&es_type_OSError,
            ES_ERR("pin does not have IRQ capabilities"));
    }
    if (n_args > 1 || n_kw > 0) {
        es_val_t handler = a[0] == ES_NULL ? ES_NONE : a[0];
        int trigger = a[1] == ES_NULL
            ? HAL_IRQ_RISING | HAL_IRQ_FALLING : (int)es_get_int(a[1]);
        bool hard = a[2] != ES_NULL && es_truthy(a[2]);
        if (handler == ES_NONE) {
            trigger = 0;
        }
        es_g.pin_irq[gpio] = handler == ES_NONE ? ES_NULL : handler;
        es_g.pin_irq_hard = hard ? es_g.pin_irq_hard | 1u << gpio
            : es_g.pin_irq_hard & ~(1u << gpio);
        es_g.pin_irq_trigger[gpio] = (uint8_t)trigger;
        hal_pin_irq_enable(gpio, trigger & (HAL_IRQ_RISING | HAL_IRQ_FALLING));
    }
    return es_val(&irqs[gpio]);
}
static ES_FUN_KW(fun_irq, 1, 4, pin_irq);

// An enabled edge: a hard handler now (heap locked; what it raises is
// printed), a soft one queued for the VM's next poll.
void hal_pin_irq_event(int gpio) {
    es_val_t handler = es_g.pin_irq[gpio];
    es_val_t pin = es_val(&pins[gpio]);
    if (handler == ES_NULL) {
        return;
    }
    if (es_g.pin_irq_hard >> gpio & 1) {
        machine_call_hard(handler, pin, NULL);
        return;
    }
    es_sched_schedule(handler, pin);
}

static es_val_t irq_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    (void)args;
    es_check_nargs(ES_Q(irq), n_args, 0, 0, n_kw, false);
    int gpio = ((pin_irq_t *)es_obj(self))->gpio;
    es_val_t pin = es_val(&pins[gpio]);
    return es_g.pin_irq[gpio] == ES_NULL ? ES_NONE
        : es_call(es_g.pin_irq[gpio], 1, 0, &pin);
}

static es_val_t irq_trigger(size_t n_args, const es_val_t *args) {
    int gpio = ((pin_irq_t *)es_obj(args[0]))->gpio;
    int old = es_g.pin_irq_trigger[gpio];
    if (n_args > 1) {
        int t = (int)es_get_int(args[1]);
        es_g.pin_irq_trigger[gpio] = (uint8_t)t;
        hal_pin_irq_enable(gpio, es_g.pin_irq[gpio] == ES_NULL ? 0
            : t & (HAL_IRQ_RISING | HAL_IRQ_FALLING));
    }
    return es_small_new(old);
}
static ES_FUN_VAR(fun_trigger, 1, 2, irq_trigger);

static const es_map_elem_t irq_locals_table[] = {
    {ES_QV(trigger), ES_PTR(&fun_trigger)},
};
static ES_CONST_DICT(irq_locals, irq_locals_table);

const es_type_t pin_irq_type = {
    .base = {&es_type_type},
    .name = ES_Q(irq),
    .parent = &es_type_object,
    .call = irq_call,
    .locals = ES_PTR(&irq_locals),
};

static void pin_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    (void)kind;
    es_printf(p, "Pin(%u)", (unsigned)machine_pin_gpio(self));
}

static const es_map_elem_t pin_locals_table[] = {
    {ES_QV(init), ES_PTR(&fun_init)},
    {ES_QV(value), ES_PTR(&fun_value)},
    {ES_QV(on), ES_PTR(&fun_on)},
    {ES_QV(off), ES_PTR(&fun_off)},
    {ES_QV(toggle), ES_PTR(&fun_toggle)},
    {ES_QV(irq), ES_PTR(&fun_irq)},
    {ES_QV(IN), ES_SMALL(HAL_PIN_IN)},
    {ES_QV(OUT), ES_SMALL(HAL_PIN_OUT)},
    {ES_QV(OPEN_DRAIN), ES_SMALL(HAL_PIN_OPEN_DRAIN)},
    {ES_QV(PULL_UP), ES_SMALL(1)},
    {ES_QV(IRQ_RISING), ES_SMALL(HAL_IRQ_RISING)},
    {ES_QV(IRQ_FALLING), ES_SMALL(HAL_IRQ_FALLING)},
};
static ES_CONST_DICT(pin_locals, pin_locals_table);

const es_type_t machine_pin_type = {
    .base = {&es_type_type},
    .name = ES_Q(Pin),
    .parent = &es_type_object,
    .print = pin_print,
    .make_new = pin_make,
    .call = pin_call,
    .locals = ES_PTR(&pin_locals),
};

// SPDX-License-Identifier: MIT
// The select module (also `uselect`), as MicroPython's: poll objects
// (register, modify, unregister, poll, ipoll) and select() over the
// console's handles (sys.stdin... or plain ints), files, and streams
// written in Python that answer ioctl(3, events) (MP_STREAM_POLL). Waiting
// is the port's (port_wait): it costs no CPU and ends early on a pending
// event, which is serviced here (scheduled callbacks, Ctrl-C); the poll
// then returns what is ready, possibly nothing, so a scheduled callback
// that sets asyncio's ThreadSafeFlag or Event is seen at once.
#include "exc.h"
#include "file.h"
#include "float.h"
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "port.h"
#include "rom.h"
#include "runtime.h"
#include "state.h"
#include "tuple.h"

#define STREAM_POLL 3   // MicroPython's MP_STREAM_POLL ioctl request
#define FD_STREAM (-1)  // a stream written in Python: ask its ioctl
#define FD_FILE (-2)    // a built-in file: always ready

// One registered object. [fd] is its port handle, or FD_STREAM/FD_FILE.
typedef struct entry {
    es_val_t obj;
    int fd;
    uint16_t events, revents;
} entry_t;

// A poll object. The entries and the port's array (pfd, a leaf block)
// are kept between calls, so polling again allocates nothing.
typedef struct poll {
    es_obj_t base;
    entry_t *e;
    es_pollfd_t *pfd;
    size_t n, alloc;
    size_t iter;        // ipoll: next entry to look at
    bool one_shot;      // ipoll flag 1: events cleared once reported
    es_val_t pair;      // ipoll's (obj, revents) tuple, made with the
                        // object so that ipoll never allocates
} poll_t;

static const es_type_t poll_type;

static poll_t *P(es_val_t v) {
    return (poll_t *)es_obj(v);
}

// --- what an object is to the port

// The handle of [obj]: an int fd, a stream with ioctl(), a built-in
// file, or an object whose fileno() gives an fd. TypeError otherwise.
static int obj_fd(es_val_t obj) {
    if (es_is_int(obj)) {
        es_int_t fd = es_get_int(obj);
        if (fd < 0) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("file descriptor cannot "
                "be a negative integer (%d)"), (int)fd);
        }
        return (int)fd;
    }
    if (es_is_file(obj)) {
        return FD_FILE;
    }
    es_val_t m[2];
    es_load_method_maybe(obj, ES_Q(ioctl), m);
    if (m[0] != ES_NULL) {
        return FD_STREAM;
    }
    es_load_method_maybe(obj, ES_Q(fileno), m);
    if (m[0] == ES_NULL) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("argument must be an int, or have a fileno() method."));
    }
    return obj_fd(es_call_method(0, 0, m));
}

// A Python stream's readiness: obj.ioctl(3, events); a negative answer
// is OSError(-answer).
static uint16_t stream_poll(es_val_t obj, uint16_t events) {
    es_val_t m[4];
    es_load_method(obj, ES_Q(ioctl), m);
    m[2] = es_small_new(STREAM_POLL);
    m[3] = es_small_new(events);
    es_int_t r = es_get_int(es_call_method(2, 0, m));
    if (r < 0) {
        es_raise_os_error((int)r);
    }
    return (uint16_t)r;
}

// --- the poll itself

// The entries' readiness now, without waiting: Python streams and files
// answered, port handles put into pfd; returns how many are ready so far
// and the port handles' count in *n_pfd.
static size_t gather(poll_t *p, size_t *n_pfd) {
    size_t ready = 0, m = 0;
    for (size_t i = 0; i < p->n; i++) {
        entry_t *e = &p->e[i];
        e->revents = 0;
        if (e->fd == FD_STREAM) {
            e->revents = e->events ? stream_poll(e->obj, e->events) : 0;
        } else if (e->fd == FD_FILE) {
            e->revents = e->events & (ES_POLL_IN | ES_POLL_OUT);
        } else {
            p->pfd[m].fd = e->fd;
            p->pfd[m].events = (int16_t)e->events;
            p->pfd[m++].revents = 0;
        }
        ready += e->revents != 0;
    }
    *n_pfd = m;
    return ready;
}

// The port's answer [r] (a count, or a negative errno: OSError) copied
// into the entries.
static void copy_revents(poll_t *p, int r) {
    if (r < 0) {
        es_raise_os_error(r);
    }
    for (size_t i = 0, m = 0; i < p->n; i++) {
        if (p->e[i].fd >= 0) {
            p->e[i].revents = (uint16_t)p->pfd[m++].revents;
        }
    }
}

// Wait up to [timeout_ms] (< 0: no limit) until an entry is ready; every
// entry's revents is set. Returns the number of ready entries. A pending
// event is serviced (Ctrl-C's exception propagates) and the entries are
// looked at once more; a scheduled callback that ran ends the wait even
// when none is ready. Other wake-ups (input that arrived for no entry, the
// virtual clock's, which keeps es_g.pending set so that the VM's polls move
// the board's time) go on waiting.
static size_t poll_wait(poll_t *p, es_int_t timeout_ms) {
    uint64_t start = port_time_us();
    for (;;) {
        size_t n_pfd, ready = gather(p, &n_pfd);
        int64_t left = -1;
        if (timeout_ms >= 0) {
            left = (int64_t)timeout_ms * 1000
                - (int64_t)(port_time_us() - start);
            left = left < 0 ? 0 : left;
        }
        int r = port_wait(p->pfd, n_pfd, ready != 0 ? 0 : left);
        copy_revents(p, r);
        if (ready + (size_t)r != 0) {
            return ready + (size_t)r;
        }
        if (es_g.pending) {
            // A scheduled callback may have made a stream ready, or
            // changed what the caller waits for (asyncio's queues).
            bool callbacks = es_g.sched_len != 0;
            es_pending_poll(true);
            ready = gather(p, &n_pfd);
            r = port_wait(p->pfd, n_pfd, 0);
            copy_revents(p, r);
            if (ready + (size_t)r != 0 || callbacks) {
                return ready + (size_t)r;
            }
        }
        if (left == 0) {
            return 0;
        }
    }
}

static entry_t *find(poll_t *p, es_val_t obj) {
    for (size_t i = 0; i < p->n; i++) {
        if (p->e[i].obj == obj || (es_is_int(obj) && es_is_int(p->e[i].obj)
            && es_equal(obj, p->e[i].obj))) {
            return &p->e[i];
        }
    }
    return NULL;
}

static void add(poll_t *p, es_val_t obj, es_int_t events) {
    entry_t *e = find(p, obj);
    if (e == NULL) {
        int fd = obj_fd(obj);
        if (p->n == p->alloc) {
            size_t a = p->alloc ? p->alloc * 2 : 4;
            p->e = es_gc_realloc(p->e, a * sizeof(entry_t));
            p->pfd = es_gc_realloc(p->pfd, a * sizeof(es_pollfd_t));
            p->alloc = a;
        }
        e = &p->e[p->n++];
        e->obj = obj;
        e->fd = fd;
    }
    e->events = (uint16_t)events;
    e->revents = 0;
}

static es_val_t poll_make(void) {
    es_val_t t[2] = {ES_NONE, ES_NONE};
    es_val_t pair = es_tuple_new(2, t);
    poll_t *p = es_gc_alloc(sizeof(poll_t), 0);
    p->base.type = &poll_type;
    p->pair = pair;
    return es_val(p);
}

// register(obj, eventmask=POLLIN|POLLOUT): again for a registered object
// is the same as modify().
static es_val_t poll_register(size_t n_args, const es_val_t *args) {
    add(P(args[0]), args[1], n_args > 2 ? es_get_int(args[2])
        : ES_POLL_IN | ES_POLL_OUT);
    return ES_NONE;
}
static ES_FUN_VAR(fun_register, 2, 3, poll_register);

// The entry of [obj], or OSError(ENOENT).
static entry_t *registered(es_val_t self, es_val_t obj) {
    entry_t *e = find(P(self), obj);
    if (e == NULL) {
        es_raise_os_error(-2); // ENOENT
    }
    return e;
}

static es_val_t poll_modify(es_val_t self, es_val_t obj, es_val_t events) {
    registered(self, obj)->events = (uint16_t)es_get_int(events);
    return ES_NONE;
}
static ES_FUN_3(fun_modify, poll_modify);

static es_val_t poll_unregister(es_val_t self, es_val_t obj) {
    poll_t *p = P(self);
    entry_t *e = registered(self, obj);
    size_t i = (size_t)(e - p->e);
    p->n--;
    for (; i < p->n; i++) {
        p->e[i] = p->e[i + 1];
    }
    p->iter = 0;
    return ES_NONE;
}
static ES_FUN_2(fun_unregister, poll_unregister);

// A timeout argument in ms: None or negative waits without limit.
static es_int_t timeout_arg(size_t n_args, const es_val_t *args) {
    if (n_args < 2 || args[1] == ES_NONE) {
        return -1;
    }
    return es_get_int(args[1]);
}

// poll(timeout=-1): a list of (obj, revents) for the ready objects.
static es_val_t poll_poll(size_t n_args, const es_val_t *args) {
    poll_t *p = P(args[0]);
    poll_wait(p, timeout_arg(n_args, args));
    es_val_t l = es_list_new(0, NULL);
    for (size_t i = 0; i < p->n; i++) {
        if (p->e[i].revents != 0) {
            es_val_t t[2] = {p->e[i].obj, es_small_new(p->e[i].revents)};
            es_list_append(l, es_tuple_new(2, t));
        }
    }
    return l;
}
static ES_FUN_VAR(fun_poll, 1, 2, poll_poll);

// ipoll(timeout=-1, flags=0): the poll object itself, iterating over the
// ready objects as one reused (obj, revents) tuple; flags 1 clears an
// object's events once it is reported (one-shot).
static es_val_t poll_ipoll(size_t n_args, const es_val_t *args) {
    poll_t *p = P(args[0]);
    poll_wait(p, timeout_arg(n_args, args));
    p->one_shot = n_args > 2 && (es_get_int(args[2]) & 1);
    p->iter = 0;
    return args[0];
}
static ES_FUN_VAR(fun_ipoll, 1, 3, poll_ipoll);

static es_val_t poll_iternext(es_val_t self) {
    poll_t *p = P(self);
    while (p->iter < p->n) {
        entry_t *e = &p->e[p->iter++];
        if (e->revents != 0) {
            size_t n;
            es_val_t *items;
            es_tuple_get(p->pair, &n, &items);
            items[0] = e->obj;
            items[1] = es_small_new(e->revents);
            e->revents = 0;
            if (p->one_shot) {
                e->events = 0;
            }
            return p->pair;
        }
    }
    return ES_STOP;
}

static es_val_t poll_getiter(es_val_t self) {
    return self;
}

static const es_map_elem_t poll_locals_table[] = {
    {ES_QV(register), ES_PTR(&fun_register)},
    {ES_QV(modify), ES_PTR(&fun_modify)},
    {ES_QV(unregister), ES_PTR(&fun_unregister)},
    {ES_QV(poll), ES_PTR(&fun_poll)},
    {ES_QV(ipoll), ES_PTR(&fun_ipoll)},
};
static ES_CONST_DICT(poll_locals, poll_locals_table);

static const es_type_t poll_type = {
    .base = {&es_type_type},
    .name = ES_Q(poll),
    .parent = &es_type_object,
    .getiter = poll_getiter,
    .iternext = poll_iternext,
    .locals = ES_PTR(&poll_locals),
};

static ES_FUN_0(fun_poll_new, poll_make);

// --- select(rlist, wlist, xlist[, timeout])

// The objects of [l] that are ready for [mask], as a list.
static es_val_t ready_of(poll_t *p, es_val_t l, uint16_t mask) {
    es_val_t out = es_list_new(0, NULL), it = es_getiter(l);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        entry_t *e = find(p, v);
        if (e->revents & (mask | ES_POLL_ERR | ES_POLL_HUP | ES_POLL_NVAL)) {
            es_list_append(out, v);
        }
    }
    return out;
}

// select(): a poll over the three lists; timeout in seconds (float),
// None or absent waits without limit.
static es_val_t select_select(size_t n_args, const es_val_t *args) {
    static const uint16_t masks[3] = {ES_POLL_IN, ES_POLL_OUT, ES_POLL_ERR};
    poll_t *p = P(poll_make());
    for (size_t k = 0; k < 3; k++) {
        es_val_t it = es_getiter(args[k]);
        for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
            entry_t *e = find(p, v);
            add(p, v, (e != NULL ? e->events : 0) | es_rom_u16(&masks[k]));
        }
    }
    es_int_t ms = -1;
    if (n_args > 3 && args[3] != ES_NONE) {
        double s = es_float_of(args[3]);
        ms = s <= 0 ? 0 : (es_int_t)(s * 1000);
    }
    poll_wait(p, ms);
    es_val_t r[3];
    for (size_t k = 0; k < 3; k++) {
        r[k] = ready_of(p, args[k], es_rom_u16(&masks[k]));
    }
    return es_tuple_new(3, r);
}
static ES_FUN_VAR(fun_select, 3, 4, select_select);

static const es_map_elem_t select_table[] = {
    {ES_QV(__name__), ES_QV(select)},
    {ES_QV(poll), ES_PTR(&fun_poll_new)},
    {ES_QV(select), ES_PTR(&fun_select)},
    {ES_QV(POLLIN), ES_SMALL(ES_POLL_IN)},
    {ES_QV(POLLOUT), ES_SMALL(ES_POLL_OUT)},
    {ES_QV(POLLERR), ES_SMALL(ES_POLL_ERR)},
    {ES_QV(POLLHUP), ES_SMALL(ES_POLL_HUP)},
};
static ES_CONST_DICT(select_dict, select_table);

const es_module_t es_module_select = {{&es_type_module},
    ES_PTR(&select_dict)};

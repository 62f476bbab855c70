// SPDX-License-Identifier: MIT
// The esp module, as the reference's ESP8266 port has it: the raw flash
// functions (flash_id, flash_size, flash_user_start, flash_read,
// flash_write, flash_erase) over hal/flash.h, and on a board deepsleep and
// sleep_type (hal/reset.h). The flash layout is the
// reference's: firmware from 0, the user area (the filesystem) from
// flash_user_start() to 20 KB before the end, the SDK's parameters in the
// last 20 KB. docs/filesystem.md.
#include <errno.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "hal/flash.h"
#include "hal/pin.h"
#include "hal/reset.h"
#include "int.h"
#include "machine.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "runtime.h"
#include "vfs_blockdev.h"

// Where the user area starts: 1 MB on a flash of 2 MB or more (the
// reference's default build), 0x98000 on a 1 MB flash (its FLASH_1M
// build).
uint32_t es_esp_user_start(void) {
    return hal_flash_size() >= (2u << 20) ? 0x100000u : 0x98000u;
}

// The reference reports failed flash operations as EIO (ETIMEDOUT for a
// timeout, which the emulated flash never has).
static void check(int r) {
    if (r < 0) {
        es_raise_os_error(-EIO);
    }
}

static uint32_t offset_arg(es_val_t v) {
    es_int_t off = es_get_int(v);
    if (off < 0 || (uint64_t)off > UINT32_MAX) {
        es_raise_os_error(-EIO);
    }
    return (uint32_t)off;
}

static es_val_t esp_flash_id(void) {
    return es_int_from((es_int_t)hal_flash_id());
}
static ES_FUN_0(esp_flash_id_obj, esp_flash_id);

static es_val_t esp_flash_size(void) {
    return es_int_from((es_int_t)hal_flash_size());
}
static ES_FUN_0(esp_flash_size_obj, esp_flash_size);

static es_val_t esp_flash_user_start(void) {
    return es_int_from((es_int_t)es_esp_user_start());
}
static ES_FUN_0(esp_flash_user_start_obj, esp_flash_user_start);

// flash_read(offset, n) -> bytes; flash_read(offset, buf) fills buf.
static es_val_t esp_flash_read(es_val_t offset, es_val_t n_or_buf) {
    uint32_t off = offset_arg(offset);
    if (es_is_int(n_or_buf)) {
        es_int_t n = es_get_int(n_or_buf);
        if (n < 0) {
            es_raise_os_error(-EIO);
        }
        es_val_t b = es_bytes_new(NULL, (size_t)n);
        check(hal_flash_read(off, ((es_bytes_t *)es_obj(b))->data,
            (size_t)n));
        return b;
    }
    size_t len;
    uint8_t *buf = es_bytes_need_rw(n_or_buf, &len);
    check(hal_flash_read(off, buf, len));
    return ES_NONE;
}
static ES_FUN_2(esp_flash_read_obj, esp_flash_read);

static es_val_t esp_flash_write(es_val_t offset, es_val_t data) {
    uint32_t off = offset_arg(offset);
    size_t len;
    const uint8_t *buf = es_bytes_need(data, &len);
    if (len & 3) {
        es_raise_msg(&es_type_ValueError, ES_ERR("len must be multiple of 4"));
    }
    check(hal_flash_write(off, buf, len));
    return ES_NONE;
}
static ES_FUN_2(esp_flash_write_obj, esp_flash_write);

static es_val_t esp_flash_erase(es_val_t sector) {
    es_int_t s = es_get_int(sector);
    check(s < 0 || (uint64_t)s > UINT32_MAX ? -EIO
        : hal_flash_erase((uint32_t)s));
    return ES_NONE;
}
static ES_FUN_1(esp_flash_erase_obj, esp_flash_erase);

// A non-negative int below 2**32 (ValueError otherwise).
static uint32_t u32_arg(es_val_t v) {
    long long n;
    if (!es_int_get_ll(v, &n) || n < 0 || n > 0xffffffffLL) {
        es_raise_msg(&es_type_ValueError, ES_ERR("value out of range"));
    }
    return (uint32_t)n;
}

// deepsleep(time_us=0, option=0): sleep [time_us] (0: for ever) and wake
// as from a reset. The SDK sleeps a moment after the call returns; here
// the chip sleeps at once. [option] is the RF calibration at the wake
// (0, 1, 2 or 4), which the virtual chip has none of.
static es_val_t esp_deepsleep(size_t n_args, const es_val_t *args) {
    uint32_t us = n_args > 0 ? u32_arg(args[0]) : 0;
    uint32_t option = n_args > 1 ? u32_arg(args[1]) : 0;
    if (option == 3 || option > 4) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid option"));
    }
    hal_deepsleep(us == 0 ? 0 : machine_rtc_prepare(us));
}
static ES_FUN_VAR(esp_deepsleep_obj, 0, 2, esp_deepsleep);

// sleep_type([type]): the WiFi's power saving: SLEEP_NONE, SLEEP_LIGHT or
// SLEEP_MODEM (the default).
static es_val_t esp_sleep_type(size_t n_args, const es_val_t *args) {
    if (n_args == 0) {
        return es_small_new(hal_sleep_type());
    }
    es_int_t t = es_get_int(args[0]);
    if (t < 0 || t > 2) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid sleep type"));
    }
    hal_sleep_type_set((int)t);
    return ES_NONE;
}
static ES_FUN_VAR(esp_sleep_type_obj, 0, 1, esp_sleep_type);

// The names only a board has, looked up by the module's __getattr__.
static const es_map_elem_t board_table[] = {
    {ES_QV(deepsleep), ES_PTR(&esp_deepsleep_obj)},
    {ES_QV(sleep_type), ES_PTR(&esp_sleep_type_obj)},
    {ES_QV(SLEEP_NONE), ES_SMALL(0)},
    {ES_QV(SLEEP_LIGHT), ES_SMALL(1)},
    {ES_QV(SLEEP_MODEM), ES_SMALL(2)},
};
static ES_CONST_DICT(board_dict, board_table);

static es_val_t esp_getattr(es_val_t name) {
    es_map_elem_t *e = hal_pin_board() ? es_map_lookup(
        (es_map_t *)&board_dict.map, name, ES_MAP_LOOKUP) : NULL;
    if (e == NULL) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("module 'esp' has no attribute '%q'"), es_qstr_get(name));
    }
    return e->value;
}
static ES_FUN_1(esp_getattr_obj, esp_getattr);

static const es_map_elem_t esp_table[] = {
    {ES_QV(__name__), ES_QV(esp)},
    {ES_QV(__getattr__), ES_PTR(&esp_getattr_obj)},
    {ES_QV(flash_id), ES_PTR(&esp_flash_id_obj)},
    {ES_QV(flash_size), ES_PTR(&esp_flash_size_obj)},
    {ES_QV(flash_user_start), ES_PTR(&esp_flash_user_start_obj)},
    {ES_QV(flash_read), ES_PTR(&esp_flash_read_obj)},
    {ES_QV(flash_write), ES_PTR(&esp_flash_write_obj)},
    {ES_QV(flash_erase), ES_PTR(&esp_flash_erase_obj)},
};
static ES_CONST_DICT(esp_dict, esp_table);

const es_module_t es_module_esp = {{&es_type_module}, ES_PTR(&esp_dict)};

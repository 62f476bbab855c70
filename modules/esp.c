// SPDX-License-Identifier: MIT
// The esp module, as the reference's ESP8266 port has it: for now the raw
// flash functions (flash_id, flash_size, flash_user_start, flash_read,
// flash_write, flash_erase) over hal/flash.h. The flash layout is the
// reference's: firmware from 0, the user area (the filesystem) from
// flash_user_start() to 20 KB before the end, the SDK's parameters in the
// last 20 KB. docs/filesystem.md.
#include <errno.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "hal/flash.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "runtime.h"

// Where the user area starts: 1 MB on a flash of 2 MB or more (the
// reference's default build), 0x98000 on a 1 MB flash (its FLASH_1M
// build).
static uint32_t user_start(void) {
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
    return es_int_from((es_int_t)user_start());
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

static const es_map_elem_t esp_table[] = {
    {ES_QV(__name__), ES_QV(esp)},
    {ES_QV(flash_id), ES_PTR(&esp_flash_id_obj)},
    {ES_QV(flash_size), ES_PTR(&esp_flash_size_obj)},
    {ES_QV(flash_user_start), ES_PTR(&esp_flash_user_start_obj)},
    {ES_QV(flash_read), ES_PTR(&esp_flash_read_obj)},
    {ES_QV(flash_write), ES_PTR(&esp_flash_write_obj)},
    {ES_QV(flash_erase), ES_PTR(&esp_flash_erase_obj)},
};
static ES_CONST_DICT(esp_dict, esp_table);

const es_module_t es_module_esp = {{&es_type_module}, ES_PTR(&esp_dict)};

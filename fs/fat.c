// SPDX-License-Identifier: MIT
// FAT12/16/32 with long file names, from Microsoft's FAT specification:
// a boot sector (BPB) describing reserved sectors, FAT copies, the fixed
// root directory (FAT12/16) and the data clusters; 32-byte directory
// entries with 8.3 names, preceded by long-name entries (attribute 0x0F,
// 13 UTF-16 units each, last part first, tied to the 8.3 entry by a
// checksum). All disk access goes through one sector window (fs->win):
// win_load() writes back a dirty sector before reading another, and a FAT
// sector is written to every FAT copy. Directory entries are addressed by
// (directory's first cluster, slot index); the fixed root is cluster 0.
// mkfs follows FatFs's layout rules (what MicroPython's VfsFat.mkfs writes)
// so statvfs figures match the reference.
#include <string.h>

#include "fat.h"
#include "gc.h"
#include "rom.h"

#define MAX_FAT12 0xff5u
#define MAX_FAT16 0xfff5u
#define MAX_FAT32 0x0ffffff5u
#define NO_SECT UINT32_MAX
#define ATTR_LFN 0x0f
#define ATTR_VOL 0x08
#define ATTR_ARCHIVE 0x20
#define SLOT_FREE 0xe5

static uint16_t ld16(const uint8_t *p) {
    return (uint16_t)(p[0] | p[1] << 8);
}
static uint32_t ld32(const uint8_t *p) {
    return ld16(p) | (uint32_t)ld16(p + 2) << 16;
}
static void st16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static void st32(uint8_t *p, uint32_t v) {
    st16(p, v);
    st16(p + 2, v >> 16);
}

// --- the window

// A device error is EIO to the filesystem's callers, as FatFs's disk
// errors are in MicroPython (a read-only device stays EROFS).
static int dev_err(int r) {
    return r < 0 && r != -FS_EROFS ? -FS_EIO : r;
}

static int dev_write(fat_t *fs, uint32_t sect, const uint8_t *buf) {
    if (fs->bd->readonly) {
        return -FS_EROFS;
    }
    return dev_err(fs->bd->write(fs->bd->ctx, sect, 0, buf, fs->ss));
}

static int win_flush(fat_t *fs) {
    if (!fs->win_dirty) {
        return 0;
    }
    int r = dev_write(fs, fs->win_sect, fs->win);
    // A FAT sector goes to every copy.
    uint32_t s = fs->win_sect;
    for (uint32_t k = 1; r == 0 && k < fs->n_fats; k++) {
        if (s >= fs->fat_start && s < fs->fat_start + fs->fat_size) {
            r = dev_write(fs, s + k * fs->fat_size, fs->win);
        }
    }
    if (r == 0) {
        fs->win_dirty = false;
    }
    return r;
}

static int win_load(fat_t *fs, uint32_t sect) {
    if (sect == fs->win_sect) {
        return 0;
    }
    int r = win_flush(fs);
    if (r != 0) {
        return r;
    }
    fs->win_sect = NO_SECT;
    r = dev_err(fs->bd->read(fs->bd->ctx, sect, 0, fs->win, fs->ss));
    if (r == 0) {
        fs->win_sect = sect;
    }
    return r;
}

int fat_sync(fat_t *fs) {
    int r = win_flush(fs);
    return r != 0 ? r : fs->bd->sync(fs->bd->ctx);
}

// --- the FAT

static uint32_t eoc_min(const fat_t *fs) {
    return fs->type == 12 ? 0xff8u : fs->type == 16 ? 0xfff8u : 0x0ffffff8u;
}

static bool valid_clust(const fat_t *fs, uint32_t cl) {
    return cl >= 2 && cl < fs->n_clust + 2;
}

// The byte of the FAT at offset [off] (first copy), through the window.
static int fat_byte(fat_t *fs, uint32_t off, uint8_t **p) {
    int r = win_load(fs, fs->fat_start + off / fs->ss);
    *p = fs->win + off % fs->ss;
    return r;
}

// FAT entry [cl] into [*val].
static int fat_get(fat_t *fs, uint32_t cl, uint32_t *val) {
    uint8_t *p;
    int r;
    if (fs->type == 12) {
        uint32_t off = cl + cl / 2;
        if ((r = fat_byte(fs, off, &p)) != 0) {
            return r;
        }
        uint32_t w = *p;
        if ((r = fat_byte(fs, off + 1, &p)) != 0) {
            return r;
        }
        w |= (uint32_t)*p << 8;
        *val = cl & 1 ? w >> 4 : w & 0xfff;
        return 0;
    }
    uint32_t size = fs->type == 16 ? 2 : 4;
    if ((r = fat_byte(fs, cl * size, &p)) != 0) {
        return r;
    }
    *val = size == 2 ? ld16(p) : ld32(p) & 0x0fffffffu;
    return 0;
}

static int fat_put(fat_t *fs, uint32_t cl, uint32_t val) {
    uint8_t *p;
    int r;
    if (fs->type == 12) {
        uint32_t off = cl + cl / 2;
        if ((r = fat_byte(fs, off, &p)) != 0) {
            return r;
        }
        *p = (uint8_t)(cl & 1 ? (*p & 0x0f) | (val << 4) : val);
        fs->win_dirty = true;
        if ((r = fat_byte(fs, off + 1, &p)) != 0) {
            return r;
        }
        *p = (uint8_t)(cl & 1 ? val >> 4 : (*p & 0xf0) | ((val >> 8) & 0x0f));
        fs->win_dirty = true;
        return 0;
    }
    uint32_t size = fs->type == 16 ? 2 : 4;
    if ((r = fat_byte(fs, cl * size, &p)) != 0) {
        return r;
    }
    if (size == 2) {
        st16(p, val);
    } else {
        st32(p, (ld32(p) & 0xf0000000u) | (val & 0x0fffffffu));
    }
    fs->win_dirty = true;
    return 0;
}

// The cluster after [cl]: 0 at the chain's end; -EIO for a broken chain.
static int next_clust(fat_t *fs, uint32_t cl, uint32_t *next) {
    uint32_t v;
    int r = fat_get(fs, cl, &v);
    if (r != 0) {
        return r;
    }
    if (v >= eoc_min(fs)) {
        *next = 0;
        return 0;
    }
    if (!valid_clust(fs, v)) {
        return -FS_EIO;
    }
    *next = v;
    return 0;
}

// A free cluster marked as a chain's end and linked after [prev] (if not
// 0), in [*cl]. ENOSPC when the volume is full.
static int alloc_clust(fat_t *fs, uint32_t prev, uint32_t *cl) {
    uint32_t start = valid_clust(fs, fs->free_hint) ? fs->free_hint : 2;
    uint32_t c = start;
    do {
        uint32_t v;
        int r = fat_get(fs, c, &v);
        if (r != 0) {
            return r;
        }
        if (v == 0) {
            if ((r = fat_put(fs, c, 0x0fffffffu)) != 0
                || (prev != 0 && (r = fat_put(fs, prev, c)) != 0)) {
                return r;
            }
            fs->free_hint = c + 1;
            *cl = c;
            return 0;
        }
        c = c + 1 < fs->n_clust + 2 ? c + 1 : 2;
    } while (c != start);
    return -FS_ENOSPC;
}

// Free the chain starting at [cl] (a cycle ends after every cluster).
static int free_chain(fat_t *fs, uint32_t cl) {
    for (uint32_t guard = 0; cl != 0; guard++) {
        if (guard > fs->n_clust) {
            return -FS_EIO;
        }
        uint32_t next;
        int r = next_clust(fs, cl, &next);
        if (r != 0 || (r = fat_put(fs, cl, 0)) != 0) {
            return r;
        }
        cl = next;
    }
    return 0;
}

static uint32_t clust_sect(const fat_t *fs, uint32_t cl) {
    return fs->data_start + (cl - 2) * fs->spc;
}

// Fill cluster [cl] with zeros (a new directory's).
static int zero_clust(fat_t *fs, uint32_t cl) {
    int r = win_flush(fs);
    for (uint32_t i = 0; r == 0 && i < fs->spc; i++) {
        fs->win_sect = NO_SECT;
        memset(fs->win, 0, fs->ss);
        r = dev_write(fs, clust_sect(fs, cl) + i, fs->win);
    }
    return r;
}

// --- directory slots

// Sector of slot [idx] of the directory at [dcl] (0: fixed root, or the
// FAT32 root's cluster): 1 past the directory's end.
static int slot_sect(fat_t *fs, uint32_t dcl, uint32_t idx, uint32_t *sect) {
    uint32_t byte = idx * 32;
    if (idx >= 65536) {
        return 1; // the most entries a directory has (a cyclic chain ends)
    }
    if (dcl == 0) {
        if (idx >= fs->root_entries) {
            return 1;
        }
        *sect = fs->root_start + byte / fs->ss;
        return 0;
    }
    uint32_t csize = fs->spc * fs->ss;
    for (uint32_t hops = byte / csize; hops > 0; hops--) {
        int r = next_clust(fs, dcl, &dcl);
        if (r != 0) {
            return r;
        }
        if (dcl == 0) {
            return 1;
        }
    }
    *sect = clust_sect(fs, dcl) + byte % csize / fs->ss;
    return 0;
}

// The 32 bytes of slot [idx] in the window, in [*e]; 1 past the end.
static int slot(fat_t *fs, uint32_t dcl, uint32_t idx, uint8_t **e) {
    uint32_t sect;
    int r = slot_sect(fs, dcl, idx, &sect);
    if (r != 0 || (r = win_load(fs, sect)) != 0) {
        return r;
    }
    *e = fs->win + idx * 32 % fs->ss;
    return 0;
}

// Grow directory [dcl] by one zeroed cluster (ENOSPC for the fixed root).
static int dir_extend(fat_t *fs, uint32_t dcl) {
    if (dcl == 0) {
        return -FS_ENOSPC;
    }
    uint32_t last = dcl, next;
    int r;
    for (uint32_t guard = 0; (r = next_clust(fs, last, &next)) == 0
         && next != 0; guard++) {
        if (guard > fs->n_clust) {
            return -FS_EIO;
        }
        last = next;
    }
    uint32_t cl;
    if (r != 0 || (r = alloc_clust(fs, last, &cl)) != 0) {
        return r;
    }
    return zero_clust(fs, cl);
}

static void entry_info(const uint8_t *e, fat_info_t *info) {
    info->attr = e[11];
    info->size = ld32(e + 28);
    info->clust = ld16(e + 26) | (uint32_t)ld16(e + 20) << 16;
    info->time = ld16(e + 22);
    info->date = ld16(e + 24);
}

static uint8_t sfn_sum(const uint8_t *sfn) {
    uint8_t sum = 0;
    for (int i = 0; i < 11; i++) {
        sum = (uint8_t)(((sum & 1) << 7) + (sum >> 1) + sfn[i]);
    }
    return sum;
}

// Positions of the 13 UTF-16 units in a long-name entry.
static const uint8_t lfn_pos[13] = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24,
    28, 30};

// Append UTF-16 unit (or pair) as UTF-8 to [out] at [*n] (room is checked
// by the caller: at most 3 bytes per unit).
static void put_utf8(char *out, size_t *n, uint32_t c) {
    if (c < 0x80) {
        out[(*n)++] = (char)c;
    } else if (c < 0x800) {
        out[(*n)++] = (char)(0xc0 | c >> 6);
        out[(*n)++] = (char)(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out[(*n)++] = (char)(0xe0 | c >> 12);
        out[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[(*n)++] = (char)(0x80 | (c & 0x3f));
    } else {
        out[(*n)++] = (char)(0xf0 | c >> 18);
        out[(*n)++] = (char)(0x80 | ((c >> 12) & 0x3f));
        out[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[(*n)++] = (char)(0x80 | (c & 0x3f));
    }
}

// fs->name from the long name gathered in fs->lfn ([units] of them).
static void lfn_to_name(fat_t *fs, uint32_t units) {
    size_t n = 0;
    for (uint32_t i = 0; i < units; i++) {
        uint32_t c = fs->lfn[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < units
            && fs->lfn[i + 1] >= 0xdc00 && fs->lfn[i + 1] < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (fs->lfn[++i] - 0xdc00);
        }
        put_utf8(fs->name, &n, c);
    }
    fs->name[n] = '\0';
}

// fs->name from an 8.3 entry, honouring the lower-case flags of byte 12.
static void sfn_to_name(fat_t *fs, const uint8_t *e) {
    size_t n = 0;
    for (int i = 0; i < 11; i++) {
        uint8_t c = e[i];
        if (c == ' ') {
            if (i < 8) {
                i = 7;
            }
            continue;
        }
        if (i == 8) {
            fs->name[n++] = '.';
        }
        if (i == 0 && c == 0x05) {
            c = SLOT_FREE;
        }
        if (c >= 'A' && c <= 'Z' && (e[12] & (i < 8 ? 0x08 : 0x10))) {
            c = (uint8_t)(c + 32);
        }
        fs->name[n++] = (char)c;
    }
    fs->name[n] = '\0';
}

// A directory walk: the entry at or after slot d->idx, its name in
// fs->name, the slot of its first long-name entry in [*first]. 1 found,
// 0 at the end. Deleted entries and volume labels are passed over.
static int dir_next(fat_t *fs, fat_dir_t *d, fat_info_t *info,
    uint32_t *first) {
    int expect = 0;            // long-name part expected next (0: none)
    uint8_t sum = 0;
    uint32_t units = 0, start = 0;
    for (;; d->idx++) {
        uint8_t *e;
        int r = slot(fs, d->clust, d->idx, &e);
        if (r != 0) {
            return r < 0 ? r : 0;
        }
        if (e[0] == 0) {
            return 0;
        }
        if (e[0] == SLOT_FREE) {
            expect = 0;
            continue;
        }
        if ((e[11] & 0x3f) == ATTR_LFN) {
            int ord = e[0] & 0x3f;
            if (e[0] & 0x40) {
                expect = ord;
                sum = e[13];
                start = d->idx;
                units = (uint32_t)ord * 13;
            }
            if (ord == 0 || ord != expect || e[13] != sum || ord > 20) {
                expect = 0;
                continue;
            }
            for (int i = 0; i < 13; i++) {
                uint16_t c = ld16(e + es_rom_u8(&lfn_pos[i]));
                uint32_t at = (uint32_t)(ord - 1) * 13 + (uint32_t)i;
                if (c == 0 && at < units) {
                    units = at;
                }
                fs->lfn[at] = c;
            }
            expect--;
            if (expect == 0) {
                expect = -1; // complete: the 8.3 entry must come next
            }
            continue;
        }
        if (e[11] & ATTR_VOL) {
            expect = 0;
            continue;
        }
        entry_info(e, info);
        if (expect == -1 && sfn_sum(e) == sum) {
            lfn_to_name(fs, units);
            *first = start;
        } else {
            sfn_to_name(fs, e);
            *first = d->idx;
        }
        return 1;
    }
}

// --- paths

static char fold(char c) {
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

// Does [name] ([n] bytes) name fs->name, ignoring ASCII case?
static bool name_eq(const fat_t *fs, const char *name, size_t n) {
    size_t i = 0;
    for (; i < n && fs->name[i] != '\0'; i++) {
        if (fold(name[i]) != fold(fs->name[i])) {
            return false;
        }
    }
    return i == n && fs->name[i] == '\0';
}

// Where a path led: the entry, its directory and slots.
typedef struct found {
    uint32_t dcl;          // directory holding it
    uint32_t idx, first;   // its 8.3 slot and first long-name slot
    fat_info_t info;
    bool root;             // the path is "/"
} found_t;

static uint32_t root_dir(const fat_t *fs) {
    return fs->type == 32 ? fs->root_clust : 0;
}

// Find [name] ([n] bytes) in directory [dcl].
static int find_in(fat_t *fs, uint32_t dcl, const char *name, size_t n,
    found_t *f) {
    fat_dir_t d = {dcl, 0};
    int r;
    while ((r = dir_next(fs, &d, &f->info, &f->first)) == 1) {
        if (name_eq(fs, name, n)) {
            f->dcl = dcl;
            f->idx = d.idx;
            return 0;
        }
        d.idx++;
    }
    return r < 0 ? r : -FS_ENOENT;
}

// Walk [path]: the last component's entry in [*f]; with [parent] set, the
// walk stops at the parent directory, whose cluster goes in f->dcl and the
// last component in [*last] and [*last_n].
static int walk(fat_t *fs, const char *path, found_t *f, bool parent,
    const char **last, size_t *last_n) {
    uint32_t dcl = root_dir(fs);
    memset(f, 0, sizeof(*f));
    f->root = true;
    f->info.attr = FAT_ATTR_DIR;
    f->info.clust = dcl;
    f->dcl = dcl;
    while (*path == '/') {
        path++;
    }
    while (*path != '\0') {
        const char *end = strchr(path, '/');
        size_t n = end ? (size_t)(end - path) : strlen(path);
        const char *rest = path + n;
        while (*rest == '/') {
            rest++;
        }
        if (parent && *rest == '\0') {
            f->dcl = dcl;
            *last = path;
            *last_n = n;
            return 0;
        }
        if (!(f->info.attr & FAT_ATTR_DIR)) {
            return -FS_ENOENT;
        }
        int r = find_in(fs, dcl, path, n, f);
        if (r != 0) {
            return r;
        }
        f->root = false;
        dcl = f->info.clust;
        if (dcl == 0 && (f->info.attr & FAT_ATTR_DIR)) {
            dcl = root_dir(fs); // ".." of a top-level directory
        }
        path = rest;
    }
    if (parent) {
        return -FS_EINVAL; // the root has no parent
    }
    return 0;
}

int fat_stat(fat_t *fs, const char *path, fat_info_t *info) {
    found_t f;
    int r = walk(fs, path, &f, false, NULL, NULL);
    if (r == 0) {
        *info = f.info;
        if (f.root) {
            info->clust = 0;
        }
    }
    return r;
}

// --- creating entries

static bool sfn_char_ok(uint8_t c) {
    return c > ' ' && c < 0x7f && strchr("\"*+,/:;<=>?[\\]|", c) == NULL;
}

// Is [name] a valid long name (no control or reserved characters, not
// only dots, at most 255 characters)?
static bool name_ok(const char *name, size_t n) {
    if (n == 0 || n > 255) {
        return false;
    }
    bool dots = true;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)name[i];
        if (c < ' ' || strchr("\"*/:<>?\\|", c) != NULL || c == 0x7f) {
            return false;
        }
        dots &= c == '.';
    }
    return !dots;
}

// [name] as UTF-16 in fs->lfn: the unit count, or -EINVAL.
static int name_to_utf16(fat_t *fs, const char *s, size_t n) {
    uint32_t units = 0;
    for (size_t i = 0; i < n;) {
        uint8_t c = (uint8_t)s[i];
        uint32_t cp;
        int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        if ((size_t)len > n - i) {
            return -FS_EINVAL;
        }
        cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 7;
        for (int k = 1; k < len; k++) {
            cp = cp << 6 | ((uint8_t)s[i + (size_t)k] & 0x3f);
        }
        i += (size_t)len;
        if (cp >= 0x10000) {
            if (units + 2 > 255) {
                return -FS_EINVAL;
            }
            fs->lfn[units++] = (uint16_t)(0xd800 + ((cp - 0x10000) >> 10));
            cp = 0xdc00 + (cp & 0x3ff);
        }
        if (units + 1 > 255) {
            return -FS_EINVAL;
        }
        fs->lfn[units++] = (uint16_t)cp;
    }
    return (int)units;
}

// Does [name] fit an 8.3 entry as FatFs stores one without a long name:
// at most 8 + 3 valid characters, one dot, and neither part in mixed case?
// Then [sfn] is it in upper case and [*nt] the lower-case flags of byte 12
// (0x08 name, 0x10 extension).
static bool fits_sfn(const char *name, size_t n, uint8_t sfn[11],
    uint8_t *nt) {
    memset(sfn, ' ', 11);
    size_t base = 0, ext = 0;
    bool in_ext = false;
    unsigned cases[2] = {0, 0}; // per part: 1 upper seen, 2 lower seen
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)name[i];
        if (c == '.' && !in_ext && i > 0) {
            in_ext = true;
            continue;
        }
        if (!sfn_char_ok(c) || c == '.' || (in_ext ? ext >= 3 : base >= 8)) {
            return false;
        }
        if (c >= 'a' && c <= 'z') {
            cases[in_ext] |= 2;
            c = (uint8_t)(c - 32);
        } else if (c >= 'A' && c <= 'Z') {
            cases[in_ext] |= 1;
        }
        sfn[in_ext ? 8 + ext++ : base++] = c;
    }
    *nt = (uint8_t)((cases[0] == 2 ? 0x08 : 0) | (cases[1] == 2 ? 0x10 : 0));
    return base > 0 && (!in_ext || ext > 0) && sfn[0] != SLOT_FREE
        && cases[0] != 3 && cases[1] != 3;
}

// Is 8.3 name [sfn] used in directory [dcl]?
static int sfn_used(fat_t *fs, uint32_t dcl, const uint8_t sfn[11]) {
    for (uint32_t i = 0;; i++) {
        uint8_t *e;
        int r = slot(fs, dcl, i, &e);
        if (r != 0) {
            return r < 0 ? r : 0;
        }
        if (e[0] == 0) {
            return 0;
        }
        if (e[0] != SLOT_FREE && e[11] != ATTR_LFN && memcmp(e, sfn, 11) == 0) {
            return 1;
        }
    }
}

// A unique 8.3 alias "BASE~N.EXT" for long name [name] in [dcl].
static int make_alias(fat_t *fs, uint32_t dcl, const char *name, size_t n,
    uint8_t sfn[11]) {
    memset(sfn, ' ', 11);
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '.') {
            dot = name + i;
        }
    }
    size_t base = 0;
    for (size_t i = 0; i < n && name + i != dot && base < 6; i++) {
        uint8_t c = (uint8_t)fold(name[i]);
        if (c != ' ' && c != '.') {
            sfn[base++] = sfn_char_ok(c) ? c : '_';
        }
    }
    for (size_t i = 1, k = 8; dot != NULL && dot + i < name + n && k < 11;
         i++) {
        uint8_t c = (uint8_t)fold(dot[i]);
        if (c != ' ') {
            sfn[k++] = sfn_char_ok(c) ? c : '_';
        }
    }
    if (base == 0) {
        sfn[base++] = '_';
    }
    for (uint32_t num = 1; num < 1000000; num++) {
        char tail[8];
        int len = 0;
        for (uint32_t v = num; v > 0; v /= 10) {
            tail[len++] = (char)('0' + v % 10);
        }
        size_t at = base + (size_t)len + 1 <= 8 ? base : 8 - (size_t)len - 1;
        sfn[at] = '~';
        for (int k = 0; k < len; k++) {
            sfn[at + 1 + (size_t)k] = (uint8_t)tail[len - 1 - k];
        }
        int r = sfn_used(fs, dcl, sfn);
        if (r <= 0) {
            return r;
        }
    }
    return -FS_EEXIST;
}

// [count] free consecutive slots in [dcl]: the first in [*at]; the
// directory grows when needed.
static int find_slots(fat_t *fs, uint32_t dcl, uint32_t count, uint32_t *at) {
    uint32_t run = 0;
    for (uint32_t i = 0;; i++) {
        uint8_t *e;
        int r = slot(fs, dcl, i, &e);
        if (r < 0) {
            return r;
        }
        if (r == 1) {
            if ((r = dir_extend(fs, dcl)) != 0) {
                return r;
            }
            i--;
            continue;
        }
        run = e[0] == 0 || e[0] == SLOT_FREE ? run + 1 : 0;
        if (run == count) {
            *at = i + 1 - count;
            return 0;
        }
    }
}

// A new entry [name] ([n] bytes) in [dcl] made from the 32 bytes [proto]
// (its name is replaced): the long-name entries when needed, then the 8.3
// one. Its slot in [*idx]. EEXIST when the name is taken.
static int add_entry(fat_t *fs, uint32_t dcl, const char *name, size_t n,
    const uint8_t *proto, uint32_t *idx) {
    if (!name_ok(name, n)) {
        return -FS_EINVAL;
    }
    found_t f;
    int r = find_in(fs, dcl, name, n, &f);
    if (r != -FS_ENOENT) {
        return r == 0 ? -FS_EEXIST : r;
    }
    uint8_t ent[32];
    memcpy(ent, proto, 32);
    int units = 0;
    uint8_t nt = 0;
    if (!fits_sfn(name, n, ent, &nt)) {
        units = name_to_utf16(fs, name, n);
        if (units < 0 || (r = make_alias(fs, dcl, name, n, ent)) != 0) {
            return units < 0 ? units : r;
        }
    }
    ent[12] = nt;
    uint32_t parts = ((uint32_t)units + 12) / 13, at;
    if ((r = find_slots(fs, dcl, parts + 1, &at)) != 0) {
        return r;
    }
    uint8_t sum = sfn_sum(ent);
    for (uint32_t p = parts; p >= 1; p--) {
        uint8_t *e;
        if ((r = slot(fs, dcl, at + parts - p, &e)) != 0) {
            return r < 0 ? r : -FS_EIO;
        }
        memset(e, 0, 32);
        e[0] = (uint8_t)(p | (p == parts ? 0x40 : 0));
        e[11] = ATTR_LFN;
        e[13] = sum;
        for (uint32_t i = 0; i < 13; i++) {
            uint32_t k = (p - 1) * 13 + i;
            uint16_t c = k < (uint32_t)units ? fs->lfn[k]
                : k == (uint32_t)units ? 0 : 0xffff;
            st16(e + es_rom_u8(&lfn_pos[i]), c);
        }
        fs->win_dirty = true;
    }
    uint8_t *e;
    if ((r = slot(fs, dcl, at + parts, &e)) != 0) {
        return r < 0 ? r : -FS_EIO;
    }
    memcpy(e, ent, 32);
    fs->win_dirty = true;
    *idx = at + parts;
    return 0;
}

// Mark slots [first, last] of [dcl] deleted.
static int free_slots(fat_t *fs, uint32_t dcl, uint32_t first, uint32_t last) {
    for (uint32_t i = first; i <= last; i++) {
        uint8_t *e;
        int r = slot(fs, dcl, i, &e);
        if (r != 0) {
            return r < 0 ? r : -FS_EIO;
        }
        e[0] = SLOT_FREE;
        fs->win_dirty = true;
    }
    return 0;
}

static void set_clust(uint8_t *e, uint32_t cl) {
    st16(e + 26, cl);
    st16(e + 20, cl >> 16);
}

static void set_time(uint8_t *e, uint32_t dt) {
    st16(e + 14, dt);       // creation time and date
    st16(e + 16, dt >> 16);
    st16(e + 18, dt >> 16); // last access date
    st16(e + 22, dt);       // last write
    st16(e + 24, dt >> 16);
}

int fat_mkdir(fat_t *fs, const char *path, uint32_t dt) {
    found_t f;
    const char *name;
    size_t n;
    int r = walk(fs, path, &f, true, &name, &n);
    if (r != 0) {
        return r == -FS_EINVAL ? -FS_EEXIST : r;
    }
    uint32_t cl, idx;
    if ((r = find_in(fs, f.dcl, name, n, &f)) != -FS_ENOENT) {
        return r == 0 ? -FS_EEXIST : r;
    }
    if ((r = alloc_clust(fs, 0, &cl)) != 0 || (r = zero_clust(fs, cl)) != 0) {
        return r;
    }
    uint8_t ent[32] = {0};
    ent[11] = FAT_ATTR_DIR;
    set_time(ent, dt);
    set_clust(ent, cl);
    if ((r = add_entry(fs, f.dcl, name, n, ent, &idx)) != 0) {
        free_chain(fs, cl);
        return r;
    }
    // "." and ".." (the root is cluster 0 in "..", FAT32 too)
    uint8_t *e;
    if ((r = win_load(fs, clust_sect(fs, cl))) != 0) {
        return r;
    }
    e = fs->win;
    memcpy(e, ent, 32);
    memcpy(e, ".          ", 11);
    memcpy(e + 32, ent, 32);
    memcpy(e + 32, "..         ", 11);
    set_clust(e + 32, f.dcl == root_dir(fs) ? 0 : f.dcl);
    fs->win_dirty = true;
    return fat_sync(fs);
}

// Is directory [dcl] empty (only "." and "..")?
static int dir_empty(fat_t *fs, uint32_t dcl) {
    fat_dir_t d = {dcl, 0};
    fat_info_t info;
    uint32_t first;
    int r;
    while ((r = dir_next(fs, &d, &info, &first)) == 1) {
        if (strcmp(fs->name, ".") != 0 && strcmp(fs->name, "..") != 0) {
            return 0;
        }
        d.idx++;
    }
    return r < 0 ? r : 1;
}

int fat_unlink(fat_t *fs, const char *path, int want_dir) {
    found_t f;
    int r = walk(fs, path, &f, false, NULL, NULL);
    if (r != 0) {
        return r;
    }
    if (f.root) {
        return -FS_EACCES;
    }
    bool is_dir = (f.info.attr & FAT_ATTR_DIR) != 0;
    if (is_dir != (want_dir != 0)) {
        return want_dir ? -FS_ENOTDIR : -FS_EISDIR;
    }
    if (is_dir && (r = dir_empty(fs, f.info.clust)) != 1) {
        return r < 0 ? r : -FS_EACCES;
    }
    if ((r = free_slots(fs, f.dcl, f.first, f.idx)) != 0
        || (r = free_chain(fs, f.info.clust)) != 0) {
        return r;
    }
    return fat_sync(fs);
}

int fat_rename(fat_t *fs, const char *from, const char *to) {
    found_t src, dst;
    const char *name;
    size_t n;
    int r = walk(fs, from, &src, false, NULL, NULL);
    if (r != 0) {
        return r;
    }
    if (src.root) {
        return -FS_EINVAL;
    }
    if ((r = walk(fs, to, &dst, true, &name, &n)) != 0) {
        return r;
    }
    uint32_t ddcl = dst.dcl, idx;
    r = find_in(fs, ddcl, name, n, &dst);
    if (r == 0) {
        if (dst.dcl == src.dcl && dst.idx == src.idx) {
            return 0; // the same entry
        }
        if (dst.info.attr & FAT_ATTR_DIR) {
            return -FS_EISDIR;
        }
        if ((r = fat_unlink(fs, to, 0)) != 0) {
            return r;
        }
    } else if (r != -FS_ENOENT) {
        return r;
    }
    uint8_t *e, ent[32];
    if ((r = slot(fs, src.dcl, src.idx, &e)) != 0) {
        return r < 0 ? r : -FS_EIO;
    }
    memcpy(ent, e, 32);
    if ((r = add_entry(fs, ddcl, name, n, ent, &idx)) != 0) {
        return r;
    }
    // The source's slots are unchanged by adding: remove them now.
    if ((r = free_slots(fs, src.dcl, src.first, src.idx)) != 0) {
        return r;
    }
    if ((ent[11] & FAT_ATTR_DIR) && ddcl != src.dcl && src.info.clust != 0) {
        if ((r = slot(fs, src.info.clust, 1, &e)) != 0) {
            return r < 0 ? r : -FS_EIO;
        }
        set_clust(e, ddcl == root_dir(fs) ? 0 : ddcl);
        fs->win_dirty = true;
    }
    return fat_sync(fs);
}

// --- listing

int fat_opendir(fat_t *fs, const char *path, fat_dir_t *d) {
    found_t f;
    int r = walk(fs, path, &f, false, NULL, NULL);
    if (r != 0) {
        return r;
    }
    if (!(f.info.attr & FAT_ATTR_DIR)) {
        return -FS_ENOTDIR;
    }
    d->clust = f.root ? root_dir(fs) : f.info.clust;
    d->idx = 0;
    return 0;
}

int fat_readdir(fat_t *fs, fat_dir_t *d, fat_info_t *info) {
    uint32_t first;
    int r;
    while ((r = dir_next(fs, d, info, &first)) == 1) {
        d->idx++;
        if (strcmp(fs->name, ".") != 0 && strcmp(fs->name, "..") != 0) {
            return 1;
        }
    }
    return r;
}

// --- files

int fat_open(fat_t *fs, fat_file_t *f, const char *path, unsigned mode,
    char create, uint32_t dt) {
    found_t fd;
    const char *name;
    size_t n;
    memset(f, 0, sizeof(*f));
    f->fs = fs;
    f->mode = (uint8_t)mode;
    int r = walk(fs, path, &fd, true, &name, &n);
    if (r != 0) {
        return r == -FS_EINVAL ? -FS_ENOENT : r;
    }
    uint32_t dcl = fd.dcl;
    r = find_in(fs, dcl, name, n, &fd);
    if (r == -FS_ENOENT && create != 0) {
        if (fs->bd->readonly) {
            return -FS_EROFS;
        }
        uint8_t ent[32] = {0};
        ent[11] = ATTR_ARCHIVE;
        set_time(ent, dt);
        if ((r = add_entry(fs, dcl, name, n, ent, &f->ent)) != 0) {
            return r;
        }
        f->dir_clust = dcl;
        return fat_sync(fs);
    }
    if (r != 0) {
        return r;
    }
    if (create == 'x') {
        return -FS_EEXIST;
    }
    if (fd.info.attr & FAT_ATTR_DIR) {
        return mode & FAT_WRITE ? -FS_EACCES : -FS_ENOENT;
    }
    if ((mode & FAT_WRITE) && fs->bd->readonly) {
        return -FS_EROFS;
    }
    f->dir_clust = dcl;
    f->ent = fd.idx;
    f->clust = fd.info.clust;
    f->size = fd.info.size;
    if (create == 'w' && (f->clust != 0 || f->size != 0)) {
        if ((r = free_chain(fs, f->clust)) != 0) {
            return r;
        }
        f->clust = f->size = 0;
        f->modified = true;
        return fat_fsync(f, dt);
    }
    return 0;
}

// The cluster holding byte [pos] of [f] in [*cl]; with [grow], the chain
// is extended to reach it. 1 past the chain's end without [grow].
static int file_clust(fat_file_t *f, uint32_t pos, bool grow, uint32_t *cl) {
    fat_t *fs = f->fs;
    uint32_t want = pos / (fs->spc * fs->ss);
    int r;
    if (f->clust == 0) {
        if (!grow) {
            return 1;
        }
        if ((r = alloc_clust(fs, 0, &f->clust)) != 0) {
            return r;
        }
        f->modified = true;
    }
    if (f->cur == 0 || f->cur_idx > want) {
        f->cur = f->clust;
        f->cur_idx = 0;
    }
    while (f->cur_idx < want) {
        uint32_t next;
        if ((r = next_clust(fs, f->cur, &next)) != 0) {
            return r;
        }
        if (next == 0) {
            if (!grow) {
                return 1;
            }
            if ((r = alloc_clust(fs, f->cur, &next)) != 0) {
                return r;
            }
        }
        f->cur = next;
        f->cur_idx++;
    }
    *cl = f->cur;
    return 0;
}

// Move up to [n] bytes between [buf] and the file at its position,
// within one sector: the count or an error.
static int file_io(fat_file_t *f, uint8_t *buf, uint32_t n, bool write) {
    fat_t *fs = f->fs;
    uint32_t cl;
    int r = file_clust(f, f->pos, write, &cl);
    if (r != 0) {
        return r < 0 ? r : 0;
    }
    uint32_t in_clust = f->pos % (fs->spc * fs->ss);
    uint32_t off = in_clust % fs->ss;
    uint32_t k = fs->ss - off < n ? fs->ss - off : n;
    if ((r = win_load(fs, clust_sect(fs, cl) + in_clust / fs->ss)) != 0) {
        return r;
    }
    if (write) {
        memcpy(fs->win + off, buf, k);
        fs->win_dirty = true;
    } else {
        memcpy(buf, fs->win + off, k);
    }
    f->pos += k;
    return (int)k;
}

int fat_read(fat_file_t *f, void *buf, uint32_t n) {
    if (!(f->mode & FAT_READ)) {
        return -FS_EBADF;
    }
    uint32_t done = 0;
    if (f->pos >= f->size) {
        return 0;
    }
    if (n > f->size - f->pos) {
        n = f->size - f->pos;
    }
    while (done < n) {
        int r = file_io(f, (uint8_t *)buf + done, n - done, false);
        if (r <= 0) {
            return r < 0 ? r : -FS_EIO;
        }
        done += (uint32_t)r;
    }
    return (int)done;
}

// Write [n] bytes of [buf] (NULL: zeros) at the position.
static int write_at(fat_file_t *f, const uint8_t *buf, uint32_t n) {
    static const uint8_t zeros[64];
    uint32_t done = 0;
    while (done < n) {
        uint32_t k = n - done;
        const uint8_t *src = buf != NULL ? buf + done : zeros;
        if (buf == NULL && k > sizeof(zeros)) {
            k = sizeof(zeros);
        }
        int r = file_io(f, (uint8_t *)src, k, true);
        if (r < 0) {
            return r;
        }
        done += (uint32_t)r;
        if (f->pos > f->size) {
            f->size = f->pos;
        }
        f->modified = true;
    }
    return (int)done;
}

int fat_write(fat_file_t *f, const void *buf, uint32_t n) {
    if (!(f->mode & FAT_WRITE)) {
        return -FS_EBADF;
    }
    if (f->fs->bd->readonly) {
        return -FS_EROFS;
    }
    if (f->mode & FAT_APPEND) {
        f->pos = f->size;
    }
    if ((uint64_t)f->pos + n > 0xffffffffu) {
        return -FS_EFBIG;
    }
    if (f->pos > f->size) {
        uint32_t pos = f->pos;
        f->pos = f->size;
        int r = write_at(f, NULL, pos - f->size);
        if (r < 0) {
            return r;
        }
    }
    return write_at(f, buf, n);
}

int fat_fsync(fat_file_t *f, uint32_t dt) {
    fat_t *fs = f->fs;
    if (f->modified) {
        uint8_t *e;
        int r = slot(fs, f->dir_clust, f->ent, &e);
        if (r != 0) {
            return r < 0 ? r : -FS_EIO;
        }
        set_clust(e, f->clust);
        st32(e + 28, f->size);
        st16(e + 22, dt);
        st16(e + 24, dt >> 16);
        e[11] |= ATTR_ARCHIVE;
        fs->win_dirty = true;
        f->modified = false;
    }
    return fat_sync(fs);
}

// --- volume

int fat_statvfs(fat_t *fs, uint32_t *total, uint32_t *nfree,
    uint32_t *csize) {
    uint32_t count = 0;
    for (uint32_t cl = 2; cl < fs->n_clust + 2; cl++) {
        uint32_t v;
        int r = fat_get(fs, cl, &v);
        if (r != 0) {
            return r;
        }
        count += v == 0;
    }
    *total = fs->n_clust;
    *nfree = count;
    *csize = fs->spc * fs->ss;
    return 0;
}

// Is the sector in the window a FAT boot sector for this device?
static bool is_fat_vbr(const fat_t *fs) {
    const uint8_t *b = fs->win;
    return ld16(b + 510) == 0xaa55 && (memcmp(b + 54, "FAT", 3) == 0
        || memcmp(b + 82, "FAT32", 5) == 0) && ld16(b + 11) == fs->ss;
}

static int read_bpb(fat_t *fs, uint32_t vol) {
    const uint8_t *b = fs->win;
    fs->vol_start = vol;
    fs->spc = b[13];
    uint32_t rsv = ld16(b + 14);
    fs->n_fats = b[16];
    fs->root_entries = ld16(b + 17);
    uint32_t tot = ld16(b + 19) ? ld16(b + 19) : ld32(b + 32);
    fs->fat_size = ld16(b + 22) ? ld16(b + 22) : ld32(b + 36);
    if (fs->spc == 0 || (fs->spc & (fs->spc - 1)) || rsv == 0
        || fs->n_fats == 0 || fs->n_fats > 2 || fs->fat_size == 0) {
        return -FS_ENODEV;
    }
    fs->fat_start = vol + rsv;
    fs->root_start = fs->fat_start + fs->n_fats * fs->fat_size;
    uint32_t root_secs = (fs->root_entries * 32 + fs->ss - 1) / fs->ss;
    fs->data_start = fs->root_start + root_secs;
    uint32_t sys = rsv + fs->n_fats * fs->fat_size + root_secs;
    if (tot <= sys || vol + tot > fs->bd->block_count) {
        return -FS_ENODEV;
    }
    fs->n_clust = (tot - sys) / fs->spc;
    fs->type = fs->n_clust <= MAX_FAT12 ? 12 : fs->n_clust <= MAX_FAT16 ? 16
        : 32;
    if (fs->type == 32) {
        fs->root_clust = ld32(b + 44);
        fs->root_entries = 0;
        if (!valid_clust(fs, fs->root_clust)) {
            return -FS_ENODEV;
        }
    } else if (fs->root_entries == 0) {
        return -FS_ENODEV;
    }
    uint32_t fat_bytes = fs->type == 12 ? (fs->n_clust + 2) * 3 / 2 + 1
        : (fs->n_clust + 2) * (fs->type / 8u);
    return fat_bytes <= fs->fat_size * fs->ss ? 0 : -FS_ENODEV;
}

int fat_mount(fat_t *fs, fs_bdev_t *bd) {
    memset(fs, 0, sizeof(*fs));
    fs->bd = bd;
    fs->ss = bd->block_size;
    if (fs->ss < 512 || fs->ss > 4096 || (fs->ss & (fs->ss - 1))) {
        return -FS_ENODEV;
    }
    fs->win_sect = NO_SECT;
    fs->win = es_gc_alloc(fs->ss, ES_GC_LEAF);
    fs->lfn = es_gc_alloc(256 * sizeof(uint16_t), ES_GC_LEAF);
    fs->name = es_gc_alloc(256 * 3 + 1, ES_GC_LEAF);
    int r = win_load(fs, 0);
    if (r != 0) {
        return r;
    }
    if (is_fat_vbr(fs)) {
        return read_bpb(fs, 0);
    }
    // An MBR: the first partition.
    const uint8_t *pte = fs->win + 446;
    if (ld16(fs->win + 510) != 0xaa55 || pte[4] == 0) {
        return -FS_ENODEV;
    }
    uint32_t vol = ld32(pte + 8);
    if (vol == 0 || vol >= bd->block_count || (r = win_load(fs, vol)) != 0) {
        return r != 0 ? r : -FS_ENODEV;
    }
    return is_fat_vbr(fs) ? read_bpb(fs, vol) : -FS_ENODEV;
}

// --- mkfs

typedef struct layout {
    uint32_t vol, size;    // first sector and sector count of the volume
    uint32_t spc, rsv, fat_size, root_secs, n_clust;
    int type;
} layout_t;

// FatFs's choice of cluster size and FAT type for [L->size] sectors:
// 0, or -1 when no layout of [type] fits.
static int plan(layout_t *L, int type, uint32_t ss) {
    static const uint16_t cst[] = {1, 4, 16, 64, 256, 512, 0};
    static const uint16_t cst32[] = {1, 2, 4, 8, 16, 32, 0};
    uint32_t au = 0;
    for (;;) {
        uint32_t pau = au;
        L->type = type;
        if (pau == 0) {
            const uint16_t *t = type == 32 ? cst32 : cst;
            uint32_t units = L->size / (type == 32 ? 0x20000u : 0x1000u);
            pau = 1;
            for (int i = 0; es_rom_u16(&t[i]) != 0
                 && es_rom_u16(&t[i]) <= units; i++) {
                pau <<= 1;
            }
        }
        uint32_t n = L->size / pau, bytes;
        if (type == 32) {
            L->fat_size = (n * 4 + 8 + ss - 1) / ss;
            L->rsv = 32;
            L->root_secs = 0;
            if (n <= MAX_FAT16 || n > MAX_FAT32) {
                return -1;
            }
        } else {
            if (n > MAX_FAT12) {
                bytes = n * 2 + 4;
            } else {
                L->type = 12;
                bytes = (n * 3 + 1) / 2 + 3;
            }
            L->fat_size = (bytes + ss - 1) / ss;
            L->rsv = 1;
            L->root_secs = 512 * 32 / ss;
        }
        uint32_t sys = L->rsv + L->fat_size + L->root_secs;
        if (L->size < sys + pau * 16) {
            return -1;
        }
        L->n_clust = (L->size - sys) / pau;
        L->spc = pau;
        if (L->type == 32 && L->n_clust <= MAX_FAT16) {
            if (au == 0 && (au = pau / 2) != 0) {
                continue;
            }
            return -1;
        }
        if (L->type == 16 && L->n_clust > MAX_FAT16) {
            if (au == 0 && pau * 2 <= 64) {
                au = pau * 2;
                continue;
            }
            return -1;
        }
        if (L->type == 16 && L->n_clust <= MAX_FAT12) {
            if (au == 0 && (au = pau * 2) <= 128) {
                continue;
            }
            return -1;
        }
        return L->type == 12 && L->n_clust > MAX_FAT12 ? -1 : 0;
    }
}

static void write_vbr(uint8_t *b, const layout_t *L, uint32_t ss,
    uint32_t serial) {
    memset(b, 0, ss);
    memcpy(b, "\xeb\xfe\x90MSDOS5.0", 11);
    st16(b + 11, ss);
    b[13] = (uint8_t)L->spc;
    st16(b + 14, L->rsv);
    b[16] = 1;
    st16(b + 17, L->type == 32 ? 0 : 512);
    if (L->size < 0x10000) {
        st16(b + 19, L->size);
    } else {
        st32(b + 32, L->size);
    }
    b[21] = 0xf8;
    st16(b + 24, 63);
    st16(b + 26, 255);
    st32(b + 28, L->vol);
    uint8_t *ext = b + (L->type == 32 ? 64 : 36);
    if (L->type == 32) {
        st32(b + 36, L->fat_size);
        st32(b + 44, 2);
        st16(b + 48, 1);
        st16(b + 50, 6);
    } else {
        st16(b + 22, L->fat_size);
    }
    ext[0] = 0x80;
    ext[2] = 0x29;
    st32(ext + 3, serial);
    memcpy(ext + 7, "NO NAME    ", 11);
    memcpy(ext + 18, L->type == 32 ? "FAT32   " : "FAT     ", 8);
    st16(b + 510, 0xaa55);
}

// Write [buf] to sectors [first, first + count).
static int fill(fs_bdev_t *bd, uint32_t first, uint32_t count,
    const uint8_t *buf) {
    for (uint32_t i = 0; i < count; i++) {
        int r = dev_err(bd->write(bd->ctx, first + i, 0, buf,
            bd->block_size));
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

static int write_fs(fs_bdev_t *bd, const layout_t *L, uint32_t serial,
    uint8_t *b) {
    uint32_t ss = bd->block_size;
    int r;
    write_vbr(b, L, ss, serial);
    if ((r = fill(bd, L->vol, 1, b)) != 0) {
        return r;
    }
    if (L->type == 32) {
        if ((r = fill(bd, L->vol + 6, 1, b)) != 0) {
            return r;
        }
        memset(b, 0, ss);
        st32(b, 0x41615252);
        st32(b + 484, 0x61417272);
        st32(b + 488, L->n_clust - 1);
        st32(b + 492, 2);
        st16(b + 510, 0xaa55);
        if ((r = fill(bd, L->vol + 7, 1, b)) != 0
            || (r = fill(bd, L->vol + 1, 1, b)) != 0) {
            return r;
        }
    }
    uint32_t fat = L->vol + L->rsv;
    memset(b, 0, ss);
    if (L->type == 32) {
        st32(b, 0xfffffff8u);
        st32(b + 4, 0xffffffffu);
        st32(b + 8, 0x0fffffffu);
    } else {
        st32(b, L->type == 12 ? 0xfffff8u : 0xfffffff8u);
    }
    if ((r = fill(bd, fat, 1, b)) != 0) {
        return r;
    }
    memset(b, 0, ss);
    uint32_t dir = L->type == 32 ? L->spc : L->root_secs;
    return fill(bd, fat + 1, L->fat_size - 1 + dir, b);
}

int fat_mkfs(fs_bdev_t *bd, uint32_t serial) {
    uint32_t ss = bd->block_size;
    if (bd->readonly) {
        return -FS_EROFS;
    }
    if (ss < 512 || ss > 4096 || (ss & (ss - 1)) || bd->block_count < 22) {
        return -FS_EIO;
    }
    layout_t L = {0, bd->block_count, 0, 0, 0, 0, 0, 16};
    bool mbr = false;
    if (plan(&L, 16, ss) != 0) {
        // As MicroPython: FAT12/16 failed, so FAT32 with a partition table.
        L.vol = 63;
        L.size = bd->block_count > 63 ? bd->block_count - 63 : 0;
        if (L.size < 22 || plan(&L, 32, ss) != 0) {
            return -FS_EIO;
        }
        mbr = true;
    }
    uint8_t *b = es_gc_alloc(ss, ES_GC_LEAF);
    int r = write_fs(bd, &L, serial, b);
    if (r == 0 && mbr) {
        memset(b, 0, ss);
        uint8_t *pte = b + 446;
        uint32_t cyl = (L.vol + L.size) / (63 * 255);
        pte[1] = 1;
        pte[2] = 1;
        pte[4] = 0x0c;
        pte[5] = 254;
        pte[6] = (uint8_t)(((cyl >> 2) & 0xc0) | 63);
        pte[7] = (uint8_t)cyl;
        st32(pte + 8, L.vol);
        st32(pte + 12, L.size);
        st16(b + 510, 0xaa55);
        r = fill(bd, 0, 1, b);
    }
    es_gc_free(b);
    return r != 0 ? r : bd->sync(bd->ctx);
}

// --- timestamps

// Days from 2000-01-01 to [y]-[m]-[d] (proleptic Gregorian).
static int64_t days_from(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 730425; // 730425: 0000-03-01 to 2000-01-01
}

uint32_t fat_time_from(int64_t secs) {
    int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    int64_t rem = secs - days * 86400;
    // civil date from days (inverse of days_from)
    int64_t z = days + 730425;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    if (y < 1980) {
        return (0u << 25 | 1u << 21 | 1u << 16); // 1980-01-01 00:00
    }
    if (y > 2107) {
        y = 2107;
    }
    uint32_t date = (uint32_t)((y - 1980) << 9 | m << 5 | d);
    uint32_t time = (uint32_t)(rem / 3600 << 11 | (rem / 60 % 60) << 5
        | (rem % 60) / 2);
    return date << 16 | time;
}

int64_t fat_time_to(uint16_t date, uint16_t time) {
    int m = (date >> 5) & 15, d = date & 31;
    if (m < 1 || m > 12 || d < 1) {
        m = d = 1;
    }
    int64_t days = days_from(1980 + (date >> 9), m, d);
    return days * 86400 + (time >> 11) * 3600 + ((time >> 5) & 63) * 60
        + (time & 31) * 2;
}

// SPDX-License-Identifier: MIT
// littlefs v1 (disk version 1.1), espy's own implementation (fs/lfs1.c) of
// the format in littlefs v1's SPEC.md: every directory is a chain of
// metadata pairs, each block of a pair a whole copy of the pair's contents
// (revision, size with the continuation bit, tail, entries, CRC-32), the
// newer valid copy winning; all pairs threaded on one list from the
// superblock pair (blocks 0 and 1); files as CTZ skip-lists. Host ports
// only (ES_CFG_VFS_LFS1; MicroPython's ESP8266 port has no VfsLfs1).
// Paths are absolute and normalised. Functions return 0 or a negative
// errno (fs/bdev.h; a corrupt or missing filesystem is -LFS1_ECORRUPT,
// v1's code). Memory comes from es_gc_alloc (raises MemoryError); the
// device may raise.
#ifndef ES_FS_LFS1_H
#define ES_FS_LFS1_H

#include "bdev.h"

#define LFS1_NULL 0xffffffffu
#define LFS1_NAME_MAX 255
#define LFS1_ECORRUPT 52   // v1's LFS1_ERR_CORRUPT (v2's is 84)

struct lfs1_file;

typedef struct lfs1 {
    fs_bdev_t *bd;
    uint32_t bs, bc;       // block size and count
    uint32_t root[2];      // the root directory's first pair
    uint8_t *used;         // allocation bitmap (1: in use), bc bits
    bool used_valid;
    uint32_t seen;         // blocks the last rebuild's walk met, counted as
                           // v1's traverse counts them (statvfs)
    uint32_t next;         // where the next allocation search starts
    uint32_t flight[4];    // pairs made by the current operation, not yet
    uint32_t n_flight;     // on the threaded list
    bool deorphaned;       // the list was checked since the mount
    struct lfs1_file *files; // open files (their new blocks are in use)
} lfs1_t;

typedef struct lfs1_info {
    uint8_t type;          // 1 file, 2 directory
    uint32_t size;
    char name[LFS1_NAME_MAX + 1];
} lfs1_info_t;

// An open file. Its contents are the CTZ list [head, size) (head LFS1_NULL
// when empty); while [writing], a new list is built whose last block
// (number wblock, index windex in the list) is held in [buf] filled to
// woff bytes, pointers included, and holds the file's first wsize bytes.
typedef struct lfs1_file {
    lfs1_t *fs;
    struct lfs1_file *next; // in fs->files
    char *path;            // re-found at each sync
    uint32_t head, size;
    uint32_t pos;
    uint8_t mode;          // LFS1_READ | LFS1_WRITE | LFS1_APPEND
    bool dirty;            // head/size not yet in the entry
    bool writing;
    uint32_t wblock, windex, woff, wsize;
    uint8_t *buf;          // bs bytes
} lfs1_file_t;

enum { LFS1_READ = 1, LFS1_WRITE = 2, LFS1_APPEND = 4 };

typedef struct lfs1_dir {
    uint32_t pair[2];      // the pair being read
    uint32_t off;          // the next entry's offset in it
} lfs1_dir_t;

// Format [bd]: the superblock pair in blocks 0 and 1, the root in 2 and 3.
int lfs1_mkfs(fs_bdev_t *bd);
// Mount: the superblock must be littlefs 1.x.
int lfs1_mount(lfs1_t *fs, fs_bdev_t *bd);

int lfs1_stat(lfs1_t *fs, const char *path, lfs1_info_t *info);
int lfs1_mkdir(lfs1_t *fs, const char *path);
// Remove file or empty directory [path].
int lfs1_remove(lfs1_t *fs, const char *path);
int lfs1_rename(lfs1_t *fs, const char *from, const char *to);
// Blocks in use (for statvfs) as v1's traverse counts them: pairs, files'
// blocks, open files' new blocks (a block met twice counts twice).
int lfs1_used_blocks(lfs1_t *fs, uint32_t *n);

int lfs1_opendir(lfs1_t *fs, const char *path, lfs1_dir_t *d);
// The next entry: 1 with [info], 0 at the end.
int lfs1_readdir(lfs1_t *fs, lfs1_dir_t *d, lfs1_info_t *info);

// Open [path]: [create] 'w' creates or truncates, 'x' creates (EEXIST if
// present), 'a' creates if missing, 0 never.
int lfs1_open(lfs1_t *fs, lfs1_file_t *f, const char *path, unsigned mode,
    char create);
int lfs1_read(lfs1_file_t *f, void *buf, uint32_t n);
int lfs1_write(lfs1_file_t *f, const void *buf, uint32_t n);
// Finish what was written (before a seek): f->size is then the file's
// size; the entry is updated at the next sync.
int lfs1_flush(lfs1_file_t *f);
// Commit what was written (contents and size) to the file's entry.
int lfs1_sync(lfs1_file_t *f);
// Sync and forget the file.
int lfs1_close(lfs1_file_t *f);

#endif

// SPDX-License-Identifier: MIT
// littlefs v2 (disk version 2.1), espy's own implementation (fs/lfs.c) of
// the format in littlefs's SPEC.md: metadata pairs holding logs of
// commits (XOR-chained big-endian tags, CRC-32 per commit), the superblock
// entry in the root pair at blocks 0 and 1, directories as chains of pairs
// on one threaded list, small files inline and larger ones as CTZ
// skip-lists. It reads what the reference library writes; a file's sync,
// a file created and an entry removed are appended to the pair's log as
// one commit, other changes rewrite (compact) the pair into its other
// block, as the reference does when a log is full. Changes that take
// several commits (a rename between pairs, mkdir, rmdir) keep the global
// move and orphan state, so a power cut between them is repaired at the
// next mount. Paths are absolute and normalised. Functions return 0 or a
// negative errno (fs/bdev.h): ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY,
// ENOSPC, EROFS, EINVAL, ECORRUPT.
// Memory comes from es_gc_alloc (raises MemoryError); the device may
// raise.
#ifndef ES_FS_LFS_H
#define ES_FS_LFS_H

#include "bdev.h"

#define LFS_NULL 0xffffffffu
#define LFS_NAME_MAX 255

typedef struct lfs_mdir {
    uint32_t pair[2];      // pair[0] holds the valid commits read
    uint32_t rev;
    uint32_t off;          // end of the last valid commit
    uint32_t etag;         // the tag chain's state there (for appending)
    uint16_t count;        // ids
    bool split;            // the tail is a hard tail (same directory)
    uint32_t tail[2];      // next pair on the threaded list, or LFS_NULL
    uint8_t gdelta[12];    // move-state delta carried by this pair
} lfs_mdir_t;

struct lfs_file;

// The global state (SPEC.md "0x7ff LFS_TYPE_MOVESTATE"): the XOR of every
// pair's delta. [tag]: a pending move (type 0x4ff, the id to delete in
// [pair]) and, in the size field, the count of orphans (pairs on the
// threaded list that no directory entry holds any more), with bit 31 set
// while there are some.
typedef struct lfs_gstate {
    uint32_t tag;
    uint32_t pair[2];
} lfs_gstate_t;

typedef struct lfs {
    fs_bdev_t *bd;
    uint32_t bs, bc;       // block size and count
    uint32_t prog;         // program granularity (32)
    uint32_t inline_max;
    uint8_t *rcache;       // 128 bytes of block rc_block at rc_off
    uint32_t rc_block, rc_off, rc_len;
    uint8_t *used;         // allocation bitmap (1: in use), bc bits
    uint32_t next;         // where the next allocation search starts
    bool used_valid;
    uint32_t flight[8];    // blocks handed out by the current operation
    uint32_t n_flight;
    struct lfs_file *files; // open files (their new blocks are in use)
    lfs_gstate_t gs;       // the global state on the disk
    lfs_gstate_t gnext;    // what the next commit makes it
} lfs_t;

// What an entry is.
typedef struct lfs_info {
    uint8_t type;          // 1 file, 2 directory
    uint32_t size;
    uint32_t head;         // CTZ head, LFS_NULL for inline data
    uint32_t pair[2];      // directory: its first pair
    int64_t mtime_ns;      // attribute 1 (8 bytes LE), -1 when absent
    char name[LFS_NAME_MAX + 1];
} lfs_info_t;

typedef struct lfs_file {
    lfs_t *fs;
    struct lfs_file *next; // in fs->files
    char *path;            // re-found at each sync
    uint32_t head, size;   // committed contents (head LFS_NULL: inline)
    uint8_t *inl;          // inline contents (inline_max bytes)
    // the contents being written: a CTZ list [nhead, nsize) whose last
    // block is block nblock filled to noff, or inline (nhead LFS_NULL)
    uint32_t nhead, nsize;
    uint32_t wblock;       // the list's last block while still being
                           // filled (LFS_NULL: committed, never rewritten)
    uint32_t woff;         // bytes of wblock written, pointers included
    uint8_t *unit;         // the program unit being filled (32 bytes):
                           // wblock's bytes [woff & ~31, woff)
    uint32_t ohead, osize; // the list being copied by a rewrite (else
                           // LFS_NULL)
    bool dirty;            // unsynced changes
    uint32_t pos;
    uint8_t mode;          // LFS_READ | LFS_WRITE | LFS_APPEND
    int64_t mtime_ns;      // written as attribute 1 at sync (-1: none)
} lfs_file_t;

enum { LFS_READ = 1, LFS_WRITE = 2, LFS_APPEND = 4 };

typedef struct lfs_dir {
    lfs_mdir_t m;
    uint16_t id;
} lfs_dir_t;

// Format [bd] (blocks 0 and 1 become the root with the superblock).
int lfs_mkfs(fs_bdev_t *bd);
// Mount: the superblock must be littlefs 2.x with this block size. A move
// or orphans left pending by a power cut are completed here (unless the
// device is read-only: then the moved entry is only hidden).
int lfs_mount(lfs_t *fs, fs_bdev_t *bd);

int lfs_stat(lfs_t *fs, const char *path, lfs_info_t *info);
int lfs_mkdir(lfs_t *fs, const char *path);
// Remove file or empty directory [path].
int lfs_remove(lfs_t *fs, const char *path);
int lfs_rename(lfs_t *fs, const char *from, const char *to);
// Blocks in use (for statvfs), as the reference's traverse counts them:
// a directory's first pair twice (on the threaded list, from its entry).
int lfs_used_blocks(lfs_t *fs, uint32_t *n);

int lfs_opendir(lfs_t *fs, const char *path, lfs_dir_t *d);
// The next entry: 1 with [info], 0 at the end.
int lfs_readdir(lfs_t *fs, lfs_dir_t *d, lfs_info_t *info);

// Open [path]: [create] 'w' creates or truncates, 'x' creates (EEXIST if
// present), 'a' creates if missing, 0 never. [mtime_ns] (-1: none) is
// the modification time written at each sync of a file open for writing.
int lfs_open(lfs_t *fs, lfs_file_t *f, const char *path, unsigned mode,
    char create, int64_t mtime_ns);
int lfs_read(lfs_file_t *f, void *buf, uint32_t n);
int lfs_write(lfs_file_t *f, const void *buf, uint32_t n);
// Commit what was written (contents, size, mtime).
int lfs_sync(lfs_file_t *f);
// Sync and forget the file.
int lfs_close(lfs_file_t *f);
// The file's size as written so far.
uint32_t lfs_file_size(const lfs_file_t *f);

#endif

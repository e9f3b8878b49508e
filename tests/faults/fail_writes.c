/* fail_writes.so: an LD_PRELOAD shim that makes a disk misbehave for the files of one journal.
 *
 * Writes (write, pwrite, writev, fsync, ftruncate, fallocate and their 64-bit and vector
 * forms: whatever SQLite's unix VFS, Python and ReportLab write with) to a file whose path
 * starts with one of FAIL_WRITES_PREFIX (colon-separated; the path of each descriptor is read
 * from /proc/self/fd) are counted. The first FAIL_WRITES_AFTER of them succeed; every later
 * one fails with FAIL_WRITES_ERRNO (ENOSPC, EIO, EROFS, EPERM or EACCES; ENOSPC by default),
 * as a disk that filled up, or broke, or went read-only, would. With FAIL_WRITES_SWITCH set,
 * they fail only while that file exists: creating it fills the disk, removing it frees it.
 * FAIL_WRITES_LOG names a file that gets a line for each write counted: its number (from 1),
 * the function, the file, and FAILED if it was made to fail.
 *
 * FAIL_WRITES_DENY_FILES and FAIL_WRITES_DENY_FOLDERS (colon-separated paths) make files,
 * and the entries of folders, read-only as permission bits would for a user who is not root:
 * opening them for writing, creating, removing or renaming entries, and access(W_OK) fail
 * with EACCES. Used where root cannot make a file read-only itself (no chattr +i).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long counted = 0;

static const char *setting(const char *name) {
    const char *value = getenv(name);
    return value && *value ? value : NULL;
}

static int fault_errno(void) {
    const char *name = setting("FAIL_WRITES_ERRNO");
    if (!name || !strcmp(name, "ENOSPC")) return ENOSPC;
    if (!strcmp(name, "EIO")) return EIO;
    if (!strcmp(name, "EROFS")) return EROFS;
    if (!strcmp(name, "EPERM")) return EPERM;
    if (!strcmp(name, "EACCES")) return EACCES;
    return atoi(name) > 0 ? atoi(name) : ENOSPC;
}

/* Whether `path` is one of the colon-separated `list`, or (with `under`) inside one. */
static int listed(const char *list, const char *path, int under) {
    if (!list || !path) return 0;
    size_t length = strlen(path);
    for (const char *entry = list; *entry;) {
        const char *end = strchr(entry, ':');
        size_t size = end ? (size_t)(end - entry) : strlen(entry);
        if (size > 0) {
            if (under) {
                if (length >= size && !strncmp(path, entry, size)) return 1;
            } else if (length == size && !strncmp(path, entry, size)) {
                return 1;
            }
        }
        if (!end) break;
        entry = end + 1;
    }
    return 0;
}

static int fd_path(int fd, char *out, size_t size) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t got = readlink(link, out, size - 1);
    if (got < 0) return 0;
    out[got] = '\0';
    return 1;
}

/* A line in the FAIL_WRITES_LOG file: the write's number, the function, the file, and
 * whether it was made to fail. */
static void record(long long number, const char *function, const char *path, int failed) {
    static ssize_t (*real_write)(int, const void *, size_t);
    static int log = -1;
    const char *file = setting("FAIL_WRITES_LOG");
    if (!file) return;
    int saved = errno;
    if (!real_write) real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (log < 0) log = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (log >= 0) {
        char line[PATH_MAX + 64];
        int length = snprintf(line, sizeof line, "%lld %s %s%s\n", number, function, path,
                              failed ? " FAILED" : "");
        if (length > 0 && (size_t)length < sizeof line) real_write(log, line, (size_t)length);
    }
    errno = saved;
}

/* Whether this write is to fail: the fault is on, and past the writes it lets through. */
static int failing(long long number) {
    const char *after = setting("FAIL_WRITES_AFTER");
    const char *toggle = setting("FAIL_WRITES_SWITCH");
    struct stat seen;
    if (!after && !toggle) return 0;
    if (after && number <= atoll(after)) return 0;
    return !toggle || stat(toggle, &seen) == 0;
}

/* Count a write to `fd`; nonzero (errno set) when it is to fail. */
static int refused(int fd, const char *function) {
    char path[PATH_MAX];
    if (!fd_path(fd, path, sizeof path)) return 0;
    if (!listed(setting("FAIL_WRITES_PREFIX"), path, 1)) return 0;
    long long number = __atomic_add_fetch(&counted, 1, __ATOMIC_SEQ_CST);
    int failed = failing(number);
    record(number, function, path, failed);
    if (failed) errno = fault_errno();
    return failed;
}

/* The absolute form of `path` (relative to `dirfd`), its folder resolved. */
static void absolute(int dirfd, const char *path, char *out, size_t size) {
    char base[PATH_MAX] = "";
    if (path[0] != '/') {
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base)) base[0] = '\0';
        } else if (!fd_path(dirfd, base, sizeof base)) {
            base[0] = '\0';
        }
    }
    char joined[PATH_MAX * 2];
    snprintf(joined, sizeof joined, "%s%s%s", base, base[0] ? "/" : "", path);
    char folder[PATH_MAX * 2];
    snprintf(folder, sizeof folder, "%s", joined);
    char *slash = strrchr(folder, '/');
    const char *name = slash ? slash + 1 : folder;
    if (slash) *slash = '\0';
    char resolved[PATH_MAX];
    int length;
    if (slash && realpath(folder[0] ? folder : "/", resolved)) {
        length = snprintf(out, size, "%s/%s", strcmp(resolved, "/") ? resolved : "", name);
    } else {
        length = snprintf(out, size, "%s", joined);
    }
    if (length < 0 || (size_t)length >= size) out[0] = '\0'; /* longer than any path */
}

static int in_denied_folder(const char *full) {
    char folder[PATH_MAX];
    snprintf(folder, sizeof folder, "%s", full);
    char *slash = strrchr(folder, '/');
    if (!slash) return 0;
    *slash = '\0';
    return listed(setting("FAIL_WRITES_DENY_FOLDERS"), folder, 0);
}

/* Whether changing the entry `path` (creating, removing, renaming it) is denied. */
static int entry_denied(int dirfd, const char *path) {
    if (!path || (!setting("FAIL_WRITES_DENY_FILES") && !setting("FAIL_WRITES_DENY_FOLDERS")))
        return 0;
    char full[PATH_MAX];
    absolute(dirfd, path, full, sizeof full);
    if (listed(setting("FAIL_WRITES_DENY_FILES"), full, 0) || in_denied_folder(full)) {
        errno = EACCES;
        return 1;
    }
    return 0;
}

/* Whether opening `path` with `flags` is denied. */
static int open_denied(int dirfd, const char *path, int flags) {
    if (!path || (!setting("FAIL_WRITES_DENY_FILES") && !setting("FAIL_WRITES_DENY_FOLDERS")))
        return 0;
    char full[PATH_MAX];
    absolute(dirfd, path, full, sizeof full);
    int writing = (flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC);
    struct stat seen;
    int exists = stat(full, &seen) == 0;
    if ((writing && listed(setting("FAIL_WRITES_DENY_FILES"), full, 0)) ||
        ((flags & O_CREAT) && !exists && in_denied_folder(full)) ||
        (writing && exists && S_ISDIR(seen.st_mode) &&
         listed(setting("FAIL_WRITES_DENY_FOLDERS"), full, 0))) {
        errno = EACCES;
        return 1;
    }
    return 0;
}

static int access_denied(int dirfd, const char *path, int mode) {
    if (!(mode & W_OK) || !path) return 0;
    char full[PATH_MAX];
    absolute(dirfd, path, full, sizeof full);
    if (listed(setting("FAIL_WRITES_DENY_FILES"), full, 0) ||
        listed(setting("FAIL_WRITES_DENY_FOLDERS"), full, 0)) {
        errno = EACCES;
        return 1;
    }
    return 0;
}

/* glibc's checked forms of open, which it declares only when building with _FORTIFY_SOURCE. */
int __open_2(const char *path, int flags);
int __open64_2(const char *path, int flags);
int __openat_2(int dirfd, const char *path, int flags);
int __openat64_2(int dirfd, const char *path, int flags);

/* `real`: the function of that name the shim stands in front of. */
#define REAL(name) \
    static __typeof__(&name) real; \
    if (!real) real = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *data, size_t size) {
    REAL(write);
    return refused(fd, "write") ? -1 : real(fd, data, size);
}

ssize_t pwrite(int fd, const void *data, size_t size, off_t at) {
    REAL(pwrite);
    return refused(fd, "pwrite") ? -1 : real(fd, data, size, at);
}

ssize_t pwrite64(int fd, const void *data, size_t size, off_t at) {
    REAL(pwrite64);
    return refused(fd, "pwrite64") ? -1 : real(fd, data, size, at);
}

ssize_t writev(int fd, const struct iovec *parts, int count) {
    REAL(writev);
    return refused(fd, "writev") ? -1 : real(fd, parts, count);
}

ssize_t pwritev(int fd, const struct iovec *parts, int count, off_t at) {
    REAL(pwritev);
    return refused(fd, "pwritev") ? -1 : real(fd, parts, count, at);
}

ssize_t pwritev64(int fd, const struct iovec *parts, int count, off_t at) {
    REAL(pwritev64);
    return refused(fd, "pwritev64") ? -1 : real(fd, parts, count, at);
}

ssize_t pwritev2(int fd, const struct iovec *parts, int count, off_t at, int flags) {
    REAL(pwritev2);
    return refused(fd, "pwritev2") ? -1 : real(fd, parts, count, at, flags);
}

int fsync(int fd) {
    REAL(fsync);
    return refused(fd, "fsync") ? -1 : real(fd);
}

int fdatasync(int fd) {
    REAL(fdatasync);
    return refused(fd, "fdatasync") ? -1 : real(fd);
}

int ftruncate(int fd, off_t size) {
    REAL(ftruncate);
    return refused(fd, "ftruncate") ? -1 : real(fd, size);
}

int ftruncate64(int fd, off_t size) {
    REAL(ftruncate64);
    return refused(fd, "ftruncate64") ? -1 : real(fd, size);
}

int fallocate(int fd, int mode, off_t at, off_t size) {
    REAL(fallocate);
    return refused(fd, "fallocate") ? -1 : real(fd, mode, at, size);
}

int fallocate64(int fd, int mode, off_t at, off_t size) {
    REAL(fallocate64);
    return refused(fd, "fallocate64") ? -1 : real(fd, mode, at, size);
}

int posix_fallocate(int fd, off_t at, off_t size) {
    REAL(posix_fallocate);
    return refused(fd, "posix_fallocate") ? errno : real(fd, at, size);
}

int posix_fallocate64(int fd, off_t at, off_t size) {
    REAL(posix_fallocate64);
    return refused(fd, "posix_fallocate64") ? errno : real(fd, at, size);
}

/* Read-only emulation: opening, access, and the entries of folders. */

static mode_t mode_of(int flags, va_list more) {
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(more, mode_t) : 0;
}

int open(const char *path, int flags, ...) {
    REAL(open);
    va_list more;
    va_start(more, flags);
    mode_t mode = mode_of(flags, more);
    va_end(more);
    return open_denied(AT_FDCWD, path, flags) ? -1 : real(path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    REAL(open64);
    va_list more;
    va_start(more, flags);
    mode_t mode = mode_of(flags, more);
    va_end(more);
    return open_denied(AT_FDCWD, path, flags) ? -1 : real(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...) {
    REAL(openat);
    va_list more;
    va_start(more, flags);
    mode_t mode = mode_of(flags, more);
    va_end(more);
    return open_denied(dirfd, path, flags) ? -1 : real(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...) {
    REAL(openat64);
    va_list more;
    va_start(more, flags);
    mode_t mode = mode_of(flags, more);
    va_end(more);
    return open_denied(dirfd, path, flags) ? -1 : real(dirfd, path, flags, mode);
}

int __open_2(const char *path, int flags) {
    REAL(__open_2);
    return open_denied(AT_FDCWD, path, flags) ? -1 : real(path, flags);
}

int __open64_2(const char *path, int flags) {
    REAL(__open64_2);
    return open_denied(AT_FDCWD, path, flags) ? -1 : real(path, flags);
}

int __openat_2(int dirfd, const char *path, int flags) {
    REAL(__openat_2);
    return open_denied(dirfd, path, flags) ? -1 : real(dirfd, path, flags);
}

int __openat64_2(int dirfd, const char *path, int flags) {
    REAL(__openat64_2);
    return open_denied(dirfd, path, flags) ? -1 : real(dirfd, path, flags);
}

int creat(const char *path, mode_t mode) {
    REAL(creat);
    return open_denied(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC) ? -1 : real(path, mode);
}

int creat64(const char *path, mode_t mode) {
    REAL(creat64);
    return open_denied(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC) ? -1 : real(path, mode);
}

int access(const char *path, int mode) {
    REAL(access);
    return access_denied(AT_FDCWD, path, mode) ? -1 : real(path, mode);
}

int faccessat(int dirfd, const char *path, int mode, int flags) {
    REAL(faccessat);
    return access_denied(dirfd, path, mode) ? -1 : real(dirfd, path, mode, flags);
}

int eaccess(const char *path, int mode) {
    REAL(eaccess);
    return access_denied(AT_FDCWD, path, mode) ? -1 : real(path, mode);
}

int euidaccess(const char *path, int mode) {
    REAL(euidaccess);
    return access_denied(AT_FDCWD, path, mode) ? -1 : real(path, mode);
}

int mkdir(const char *path, mode_t mode) {
    REAL(mkdir);
    return entry_denied(AT_FDCWD, path) ? -1 : real(path, mode);
}

int mkdirat(int dirfd, const char *path, mode_t mode) {
    REAL(mkdirat);
    return entry_denied(dirfd, path) ? -1 : real(dirfd, path, mode);
}

int unlink(const char *path) {
    REAL(unlink);
    return entry_denied(AT_FDCWD, path) ? -1 : real(path);
}

int unlinkat(int dirfd, const char *path, int flags) {
    REAL(unlinkat);
    return entry_denied(dirfd, path) ? -1 : real(dirfd, path, flags);
}

int rmdir(const char *path) {
    REAL(rmdir);
    return entry_denied(AT_FDCWD, path) ? -1 : real(path);
}

int rename(const char *from, const char *to) {
    REAL(rename);
    return entry_denied(AT_FDCWD, from) || entry_denied(AT_FDCWD, to) ? -1 : real(from, to);
}

int renameat(int fromfd, const char *from, int tofd, const char *to) {
    REAL(renameat);
    return entry_denied(fromfd, from) || entry_denied(tofd, to) ? -1
                                                                : real(fromfd, from, tofd, to);
}

int renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags) {
    REAL(renameat2);
    return entry_denied(fromfd, from) || entry_denied(tofd, to)
               ? -1
               : real(fromfd, from, tofd, to, flags);
}

int link(const char *from, const char *to) {
    REAL(link);
    return entry_denied(AT_FDCWD, to) ? -1 : real(from, to);
}

int symlink(const char *target, const char *path) {
    REAL(symlink);
    return entry_denied(AT_FDCWD, path) ? -1 : real(target, path);
}

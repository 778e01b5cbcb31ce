/*
 * cngkit-harness: serves the BCrypt key functions of the bcrypt.dll it is linked against over
 * stdin/stdout, so that the cngkit kit (Java) can certify a native implementation: Windows' own
 * bcrypt.dll, or Wine's.
 *
 * Protocol version 2, specified in PROTOCOL.md next to this file. In short: the harness prints one
 * hello line, then reads one request line at a time and answers each with exactly one line.
 * Handles are small integer ids (0 = NULL); every pointer parameter can be NULL; output buffers
 * carry the caller's bytes plus a guard area, and the answer lists every byte that changed.
 *
 * Build: see Makefile (mingw-w64) or README.md (MSVC: cl /W4 harness.c bcrypt.lib).
 */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <bcrypt.h>
#include <fcntl.h>
#include <io.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROTOCOL_VERSION 3

/* The longest request line read; a longer one is skipped to its end and answered ERR. */
#define MAX_LINE (64u << 20)

/* Bytes the harness appends after every output buffer, filled with GUARD_PATTERN(i). */
#define GUARD_LENGTH 1024
#define GUARD_PATTERN(i) ((unsigned char)(0x5A ^ ((i) * 131u + 7u)))

#if defined(_MSC_VER)
#define HARNESS_COMPILER "msvc"
#elif defined(__MINGW64__) || defined(__MINGW32__)
#define HARNESS_COMPILER "mingw-gcc"
#else
#define HARNESS_COMPILER "unknown-compiler"
#endif

#if defined(_M_X64) || defined(__x86_64__)
#define HARNESS_ARCH "x86_64"
#elif defined(_M_ARM64) || defined(__aarch64__)
#define HARNESS_ARCH "arm64"
#elif defined(_M_IX86) || defined(__i386__)
#define HARNESS_ARCH "x86"
#else
#define HARNESS_ARCH "unknown-arch"
#endif

/* ------------------------------------------------------------------------------------------- */
/* Output: one answer line, built in a growing buffer and written with a single flush.          */

static char *answer;
static size_t answer_len, answer_cap;

static void answer_reserve(size_t more)
{
    if (answer_len + more + 1 > answer_cap) {
        size_t cap = answer_cap ? answer_cap : 4096;
        while (answer_len + more + 1 > cap) cap *= 2;
        answer = (char *)realloc(answer, cap);
        if (!answer) { fputs("ERR out of memory\n", stdout); fflush(stdout); exit(4); }
        answer_cap = cap;
    }
}

static void say(const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    answer_reserve((size_t)n);
    va_start(ap, fmt);
    vsnprintf(answer + answer_len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    answer_len += (size_t)n;
}

static void say_hex(const unsigned char *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    size_t i;
    answer_reserve(2 * n);
    for (i = 0; i < n; i++) {
        answer[answer_len++] = digits[p[i] >> 4];
        answer[answer_len++] = digits[p[i] & 15];
    }
    answer[answer_len] = 0;
}

static void finish_answer(void)
{
    answer_reserve(1);
    answer[answer_len++] = '\n';
    fwrite(answer, 1, answer_len, stdout);
    fflush(stdout);
    answer_len = 0;
}

/* ------------------------------------------------------------------------------------------- */
/* Crashes: an exception nobody handles ends the process with one CRASH line instead of a       */
/* debugger or an error dialog. Written with WriteFile: the C runtime may be in any state.      */

static LONG WINAPI report_crash(EXCEPTION_POINTERS *info)
{
    char line[128];
    DWORD written;
    unsigned long code = info && info->ExceptionRecord ? (unsigned long)info->ExceptionRecord->ExceptionCode : 0;
    void *where = info && info->ExceptionRecord ? info->ExceptionRecord->ExceptionAddress : NULL;
    int n = snprintf(line, sizeof line, "CRASH %08lX %p\n", code, where);
    if (n > 0) WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, (DWORD)n, &written, NULL);
    TerminateProcess(GetCurrentProcess(), 3);
    return EXCEPTION_EXECUTE_HANDLER;
}

/* ------------------------------------------------------------------------------------------- */
/* Handles: id -> the raw value bcrypt.dll gave. Ids start at 1 and are never reused; an entry  */
/* keeps its raw value after the object is destroyed, so a later call passes the stale pointer  */
/* exactly as a C caller that kept its variable would.                                          */

static void **handles;
static size_t handle_count, handle_cap;

static unsigned long remember_handle(void *raw)
{
    if (!raw) return 0;
    if (handle_count == handle_cap) {
        handle_cap = handle_cap ? handle_cap * 2 : 64;
        handles = (void **)realloc(handles, handle_cap * sizeof *handles);
        if (!handles) { fputs("ERR out of memory\n", stdout); fflush(stdout); exit(4); }
    }
    handles[handle_count++] = raw;
    return (unsigned long)handle_count;
}

/* ------------------------------------------------------------------------------------------- */
/* Request parsing. A request is tokens separated by single spaces; parse errors are reported   */
/* as "ERR <message>" and the request is not executed.                                          */

static char parse_error[256];

static void fail(const char *fmt, ...)
{
    va_list ap;
    if (parse_error[0]) return; /* keep the first error */
    va_start(ap, fmt);
    vsnprintf(parse_error, sizeof parse_error, fmt, ap);
    va_end(ap);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A number: decimal, or hexadecimal after "0x". ULONG range. */
static ULONG parse_ulong(const char *t, const char *what)
{
    unsigned long long v = 0;
    const char *p = t;
    int base = 10, digits = 0;
    if (!t) { fail("missing %s", what); return 0; }
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { base = 16; p += 2; }
    for (; *p; p++, digits++) {
        int d = hex_value(*p);
        if (d < 0 || d >= base) { fail("%s: '%s' is not a number", what, t); return 0; }
        v = v * (unsigned)base + (unsigned)d;
        if (v > 0xFFFFFFFFull) { fail("%s: '%s' does not fit a ULONG", what, t); return 0; }
    }
    if (!digits) fail("%s: '%s' is not a number", what, t);
    return (ULONG)v;
}

/* A handle: "0" (NULL), an id the harness issued, or "#<hex>" for a raw value passed as it is. */
static void *parse_handle(const char *t, const char *what)
{
    if (!t) { fail("missing %s", what); return NULL; }
    if (t[0] == '#') {
        unsigned long long v = 0;
        const char *p = t + 1;
        if (!*p) { fail("%s: empty raw handle", what); return NULL; }
        for (; *p; p++) {
            int d = hex_value(*p);
            if (d < 0) { fail("%s: '%s' is not a raw handle", what, t); return NULL; }
            v = (v << 4) | (unsigned)d;
        }
        return (void *)(ULONG_PTR)v;
    } else {
        ULONG id = parse_ulong(t, what);
        if (id == 0) return NULL;
        if (id > handle_count) { fail("%s: the harness issued no handle %lu", what, (unsigned long)id); return NULL; }
        return handles[id - 1];
    }
}

/*
 * A string: "NULL", or "'" followed by the UTF-16 code units: printable ASCII other than '%' stands
 * for itself, any other code unit is "%" and four hex digits. The result is NUL-terminated and
 * malloc'ed; "NULL" gives NULL (a parse failure too, but then parse_error is set).
 */
static WCHAR *parse_string(const char *t, const char *what)
{
    size_t n = 0;
    const char *p;
    WCHAR *s;
    if (!t) { fail("missing %s", what); return NULL; }
    if (!strcmp(t, "NULL")) return NULL;
    if (t[0] != '\'') { fail("%s: '%s' is neither NULL nor a 'string", what, t); return NULL; }
    s = (WCHAR *)malloc((strlen(t) + 1) * sizeof(WCHAR));
    if (!s) { fail("out of memory"); return NULL; }
    for (p = t + 1; *p; n++) {
        if (*p == '%') {
            int a = hex_value(p[1]), b = a < 0 ? -1 : hex_value(p[2]), c = b < 0 ? -1 : hex_value(p[3]),
                d = c < 0 ? -1 : hex_value(p[4]);
            if (d < 0) { fail("%s: bad escape in '%s'", what, t); free(s); return NULL; }
            s[n] = (WCHAR)((a << 12) | (b << 8) | (c << 4) | d);
            p += 5;
        } else {
            s[n] = (WCHAR)(unsigned char)*p;
            p++;
        }
    }
    s[n] = 0;
    return s;
}

/* ------------------------------------------------------------------------------------------- */
/* Guarded memory. Every buffer handed to bcrypt lives in an address range of its own: the       */
/* caller's bytes end GUARD_LENGTH pattern bytes (plus 0-15 for alignment) before the end of the  */
/* committed pages, and after them lie GUARD_RESERVE bytes of reserved, no-access address space  */
/* and one fence page. A vectored exception handler turns an access to the reserved part into a   */
/* committed page filled with the guard pattern and lets the access go on, so an overrun of any   */
/* length up to GUARD_RESERVE completes and is seen by the comparison after the call. A write     */
/* that reaches the fence stops the call (see abandon_call); any other fault is not the guard's   */
/* business and goes on to the next handler (the CRASH line).                                     */

/* Address space reserved after the guard bytes of every buffer: a write that goes further is stopped. */
#define GUARD_RESERVE ((size_t)64 << 20)

struct region {
    unsigned char *base;   /* the reservation (VirtualAlloc MEM_RESERVE) */
    size_t size;           /* its size, fence page included */
    unsigned char *memory; /* the caller's bytes */
    size_t len;            /* how many the caller sent; the guard pattern starts after them */
};

static CRITICAL_SECTION regions_lock;
static struct region *regions;
static size_t region_count, region_cap;
static size_t page_size = 4096;

/* The current call may be abandoned (GCC on x86_64 only): set while the main thread is inside bcrypt. */
static volatile LONG abandon_armed;
static DWORD main_thread;
static int abandoned;          /* the last call was stopped at a fence: answer, then exit */
static void *abandoned_at;     /* the instruction that reached the fence */
static int call_changed;       /* the answer being built lists a changed byte */

/* -DHARNESS_NO_ABANDON builds the other compilers' behaviour with GCC, to try it. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(HARNESS_NO_ABANDON)
#define CAN_ABANDON 1
static void *abandon_point[5];

/* Entered instead of the faulting instruction (the exception handler rewrote the thread's context): back to the
   harness frame that made the call, leaving the implementation's frames behind. x64 keeps no chain of exception
   frames on the stack, so nothing points into the abandoned part. */
static void abandon_call(void)
{
    __builtin_longjmp(abandon_point, 1);
}

#define GUARDED_CALL(status, call)                                                                            \
    do {                                                                                                      \
        if (__builtin_setjmp(abandon_point) == 0) {                                                           \
            abandon_armed = 1;                                                                                \
            (status) = (call);                                                                                \
            abandon_armed = 0;                                                                                \
        } else {                                                                                              \
            abandon_armed = 0;                                                                                \
            abandoned = 1;                                                                                    \
            (status) = (NTSTATUS)STATUS_ACCESS_VIOLATION;                                                     \
        }                                                                                                     \
    } while (0)
#else
/* Other compilers: an access that reaches the fence is an ordinary access violation (the CRASH line). */
#define GUARDED_CALL(status, call) ((status) = (call))
#endif

static void guard_fill(const struct region *r, unsigned char *from, unsigned char *to)
{
    for (; from < to; from++) *from = GUARD_PATTERN((size_t)(from - r->memory) - r->len);
}

static const struct region *region_of(const unsigned char *address)
{
    size_t i;
    for (i = 0; i < region_count; i++)
        if (address >= regions[i].base && address < regions[i].base + regions[i].size) return &regions[i];
    return NULL;
}

static LONG CALLBACK guard_fault(EXCEPTION_POINTERS *info)
{
    EXCEPTION_RECORD *e = info->ExceptionRecord;
    const struct region *r;
    unsigned char *address, *page;
    MEMORY_BASIC_INFORMATION state;
    LONG verdict = EXCEPTION_CONTINUE_SEARCH;
    /* ExceptionInformation[0]: 0 read, 1 write, 8 execute (DEP). Only reads and writes are the guard's. */
    if (e->ExceptionCode != EXCEPTION_ACCESS_VIOLATION || e->NumberParameters < 2 || e->ExceptionInformation[0] > 1)
        return EXCEPTION_CONTINUE_SEARCH;
    address = (unsigned char *)e->ExceptionInformation[1];
    EnterCriticalSection(&regions_lock);
    r = region_of(address);
    if (!r) goto out;
    page = r->base + ((size_t)(address - r->base) & ~(page_size - 1));
    if (page >= r->base + r->size - page_size) {
        /* The fence: the call is stopped (a read too: a read-modify-write loop reads first). Elsewhere than in
           the main thread's call (a late write), or without CAN_ABANDON, it is an access violation as any other. */
#ifdef CAN_ABANDON
        if (abandon_armed && GetCurrentThreadId() == main_thread) {
            void (*target)(void) = abandon_call;
            DWORD64 rip;
            memcpy(&rip, &target, sizeof rip);
            /* As if abandon_call had been called a little below the faulting frame (16-byte aligned before the
               return address; near enough not to step over the stack's guard page). */
            info->ContextRecord->Rsp = ((info->ContextRecord->Rsp - 256) & ~(DWORD64)15) - 8;
            info->ContextRecord->Rip = rip;
            abandoned_at = e->ExceptionAddress;
            verdict = EXCEPTION_CONTINUE_EXECUTION;
        }
#endif
        goto out;
    }
    if (!VirtualQuery(page, &state, sizeof state)) goto out;
    if (state.State == MEM_COMMIT) {
        /* Another thread committed it in the meantime; anything else (the implementation changed the protection)
           is not the guard's business. */
        if (state.Protect == PAGE_READWRITE) verdict = EXCEPTION_CONTINUE_EXECUTION;
        goto out;
    }
    if (!VirtualAlloc(page, page_size, MEM_COMMIT, PAGE_READWRITE)) goto out;
    guard_fill(r, page, page + page_size);
    verdict = EXCEPTION_CONTINUE_EXECUTION;
out:
    LeaveCriticalSection(&regions_lock);
    return verdict;
}

static void guard_init(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    if (si.dwPageSize) page_size = si.dwPageSize;
    main_thread = GetCurrentThreadId();
    InitializeCriticalSection(&regions_lock);
    /* First in line: the guard's faults are resolved before anyone else sees them. */
    AddVectoredExceptionHandler(1, guard_fault);
}

static size_t round_up(size_t n, size_t to)
{
    return (n + to - 1) / to * to;
}

/* A region for 'len' caller bytes: returns the caller's bytes (16-byte aligned), NULL when out of address space. */
static unsigned char *guarded_alloc(size_t len, unsigned char **base_out, size_t *fence_out)
{
    size_t need = len + GUARD_LENGTH;
    size_t committed, size, start;
    unsigned char *base;
    struct region r;
    if (need > ((size_t)-1 >> 2)) return NULL;
    committed = round_up(need + 15, page_size);
    size = committed + round_up(GUARD_RESERVE, page_size) + page_size;
    base = (unsigned char *)VirtualAlloc(NULL, size, MEM_RESERVE, PAGE_NOACCESS);
    if (!base) return NULL;
    if (!VirtualAlloc(base, committed, MEM_COMMIT, PAGE_READWRITE)) {
        VirtualFree(base, 0, MEM_RELEASE);
        return NULL;
    }
    start = (committed - need) & ~(size_t)15;
    r.base = base;
    r.size = size;
    r.memory = base + start;
    r.len = len;
    guard_fill(&r, r.memory + len, base + committed);
    EnterCriticalSection(&regions_lock);
    if (region_count == region_cap) {
        size_t cap = region_cap ? region_cap * 2 : 64;
        struct region *grown = (struct region *)realloc(regions, cap * sizeof *regions);
        if (!grown) {
            LeaveCriticalSection(&regions_lock);
            VirtualFree(base, 0, MEM_RELEASE);
            return NULL;
        }
        regions = grown;
        region_cap = cap;
    }
    regions[region_count++] = r;
    LeaveCriticalSection(&regions_lock);
    *base_out = base;
    *fence_out = size - page_size - start;
    return r.memory;
}

static void guarded_free(unsigned char *base)
{
    size_t i;
    EnterCriticalSection(&regions_lock);
    for (i = 0; i < region_count; i++) {
        if (regions[i].base == base) {
            regions[i] = regions[--region_count];
            break;
        }
    }
    LeaveCriticalSection(&regions_lock);
    VirtualFree(base, 0, MEM_RELEASE);
}

/*
 * The fill stream (PROTOCOL.md): FILL_LENGTH bytes, byte 8k + j being byte j (little-endian) of the k-th
 * output of SplitMix64 started from FILL_SEED. The kit fills its output buffers from it and sends them as
 * "f<length>@<offset>" instead of hex.
 */
#define FILL_LENGTH ((size_t)1 << 17)
#define FILL_SEED 0x636E676B6974ull
#define MAX_FILL ((size_t)32 << 20)
static unsigned char fill_stream[FILL_LENGTH];

static void fill_init(void)
{
    unsigned long long state = FILL_SEED;
    size_t i;
    int j;
    for (i = 0; i < FILL_LENGTH; i += 8) {
        unsigned long long z;
        state += 0x9E3779B97F4A7C15ull;
        z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        for (j = 0; j < 8; j++) fill_stream[i + j] = (unsigned char)(z >> (8 * j));
    }
}

/* Decimal digits only, at most 9 of them, up to 'end'; returns -1 otherwise. */
static long long fill_decimal(const char *p, const char *end)
{
    long long v = 0;
    if (end - p < 1 || end - p > 9) return -1;
    for (; p < end; p++) {
        if (*p < '0' || *p > '9') return -1;
        v = v * 10 + (*p - '0');
    }
    return v;
}

/*
 * A byte buffer: "NULL", "x" followed by the bytes in hex ("x" alone is a real, empty buffer), or
 * "f<length>@<offset>": length bytes of the fill stream from offset, wrapping around.
 * The memory holds the bytes, then the guard; 'initial' keeps a copy of the bytes and the first
 * GUARD_LENGTH guard bytes (the near guard) so that the answer can list what changed. The rest of
 * the guard (the far guard) is compared with the pattern itself.
 */
struct buffer {
    int is_null;
    size_t len;             /* bytes the caller sent */
    unsigned char *memory;  /* the caller's bytes, then the guard */
    unsigned char *base;    /* the region's reservation */
    size_t fence;           /* offset of the fence page from memory: the guard is [len, fence) */
    unsigned char *initial; /* copy of the first len + GUARD_LENGTH bytes before the call */
    int keeps_key;          /* a pbKeyObject: the key may live in it until destroyed, so it is never released */
};

static void parse_buffer(const char *t, const char *what, struct buffer *b)
{
    size_t i, hexlen;
    memset(b, 0, sizeof *b);
    if (!t) { fail("missing %s", what); return; }
    if (!strcmp(t, "NULL")) { b->is_null = 1; return; }
    if (t[0] == 'f') {
        const char *at = strchr(t, '@');
        long long length = at ? fill_decimal(t + 1, at) : -1;
        long long offset = at ? fill_decimal(at + 1, at + 1 + strlen(at + 1)) : -1;
        size_t from, filled;
        if (length < 0 || (size_t)length > MAX_FILL || offset < 0 || (size_t)offset >= FILL_LENGTH) {
            fail("%s: '%.40s' is not f<length>@<offset> within the fill stream", what, t);
            return;
        }
        b->len = (size_t)length;
        b->memory = guarded_alloc(b->len, &b->base, &b->fence);
        b->initial = (unsigned char *)malloc(b->len + GUARD_LENGTH);
        if (!b->memory || !b->initial) { fail("out of memory"); return; }
        for (from = (size_t)offset, filled = 0; filled < b->len; from = 0) {
            size_t n = b->len - filled < FILL_LENGTH - from ? b->len - filled : FILL_LENGTH - from;
            memcpy(b->memory + filled, fill_stream + from, n);
            filled += n;
        }
        memcpy(b->initial, b->memory, b->len + GUARD_LENGTH);
        return;
    }
    if (t[0] != 'x') { fail("%s: '%.40s' is neither NULL, x<hex> nor f<length>@<offset>", what, t); return; }
    hexlen = strlen(t + 1);
    if (hexlen % 2) { fail("%s: odd number of hex digits", what); return; }
    b->len = hexlen / 2;
    b->memory = guarded_alloc(b->len, &b->base, &b->fence);
    b->initial = (unsigned char *)malloc(b->len + GUARD_LENGTH);
    if (!b->memory || !b->initial) { fail("out of memory"); return; }
    for (i = 0; i < b->len; i++) {
        int hi = hex_value(t[1 + 2 * i]), lo = hex_value(t[2 + 2 * i]);
        if (hi < 0 || lo < 0) { fail("%s: bad hex digit", what); return; }
        b->memory[i] = (unsigned char)((hi << 4) | lo);
    }
    memcpy(b->initial, b->memory, b->len + GUARD_LENGTH);
}

static unsigned char *buffer_pointer(const struct buffer *b)
{
    return b->is_null ? NULL : b->memory;
}

static void say_run(int *any, size_t start, const unsigned char *bytes, size_t n)
{
    say(*any ? ",%lu:" : " %lu:", (unsigned long)start);
    say_hex(bytes, n);
    *any = 1;
    call_changed = 1;
}

/*
 * Appends " -" or " <offset>:<hex>[,<offset>:<hex>...]": every run of bytes that changed among the bytes sent and
 * the near guard; in the far guard (offsets from len + GUARD_LENGTH on), only the first and the last changed byte,
 * so that the answer stays short whatever the length of the overrun (PROTOCOL.md, "Buffers and guard bytes").
 */
static void say_changes(const struct buffer *b)
{
    size_t i = 0, near_end, first = 0, last = 0;
    int any = 0, far_any = 0;
    unsigned char *p, *end;
    if (b->is_null || !b->memory) { say(" -"); return; }
    near_end = b->len + GUARD_LENGTH;
    while (i < near_end) {
        size_t start;
        if (b->memory[i] == b->initial[i]) { i++; continue; }
        start = i;
        while (i < near_end && b->memory[i] != b->initial[i]) i++;
        say_run(&any, start, b->memory + start, i - start);
    }
    /* The far_start guard: only its committed pages can have changed (the others were never touched). */
    p = b->memory + near_end;
    end = b->memory + b->fence;
    while (p < end) {
        MEMORY_BASIC_INFORMATION state;
        unsigned char *stop;
        if (!VirtualQuery(p, &state, sizeof state)) break;
        stop = (unsigned char *)state.BaseAddress + state.RegionSize;
        if (stop > end) stop = end;
        if (state.State == MEM_COMMIT && state.Protect == PAGE_READWRITE) {
            for (; p < stop; p++) {
                size_t offset = (size_t)(p - b->memory);
                if (*p == GUARD_PATTERN(offset - b->len)) continue;
                if (!far_any) first = offset;
                last = offset;
                far_any = 1;
            }
        }
        p = stop;
    }
    if (far_any) {
        say_run(&any, first, b->memory + first, 1);
        if (last != first) say_run(&any, last, b->memory + last, 1);
    }
    if (!any) say(" -");
}

/* Puts the far_start guard back as it was before the call (its pattern, its pages decommitted), so that LATE lists only
   what is written there after the answer. */
static void rearm_far_guard(const struct buffer *b)
{
    unsigned char *far_start = b->memory + b->len + GUARD_LENGTH;
    unsigned char *next_page = b->base + round_up((size_t)(far_start - b->base), page_size);
    unsigned char *fence = b->memory + b->fence;
    const struct region *r;
    MEMORY_BASIC_INFORMATION state;
    EnterCriticalSection(&regions_lock);
    r = region_of(b->base);
    if (r) guard_fill(r, far_start, next_page);
    /* Most calls touch no far page: then the whole far guard is still one reserved range, and nothing is to do. */
    if (next_page < fence && VirtualQuery(next_page, &state, sizeof state)
        && !(state.State == MEM_RESERVE && (unsigned char *)state.BaseAddress + state.RegionSize >= fence))
        VirtualFree(next_page, (size_t)(fence - next_page), MEM_DECOMMIT);
    LeaveCriticalSection(&regions_lock);
}

/*
 * Output buffers stay alive after their answer until the next LATE, which lists the bytes written into each since
 * its answer (a late write from another thread of the implementation). 'initial' becomes the answered state.
 */
static struct buffer *watched;
static size_t watched_count, watched_cap;

static void watch(struct buffer *b)
{
    if (b->is_null || !b->memory) return;
    if (watched_count == watched_cap) {
        watched_cap = watched_cap ? watched_cap * 2 : 64;
        watched = (struct buffer *)realloc(watched, watched_cap * sizeof *watched);
        if (!watched) { fputs("ERR out of memory\n", stdout); fflush(stdout); exit(4); }
    }
    memcpy(b->initial, b->memory, b->len + GUARD_LENGTH);
    rearm_far_guard(b);
    watched[watched_count++] = *b;
    memset(b, 0, sizeof *b); /* the watch list owns the memory now */
}

static void release_buffer(struct buffer *b)
{
    if (b->base) guarded_free(b->base);
    free(b->initial);
    memset(b, 0, sizeof *b);
}

/* An out-pointer to a handle: "NULL" or "PTR" (a variable that starts as NULL). */
static int parse_handle_out(const char *t, const char *what)
{
    if (!t) { fail("missing %s", what); return 0; }
    if (!strcmp(t, "NULL")) return 0;
    if (!strcmp(t, "PTR")) return 1;
    fail("%s: '%s' is neither NULL nor PTR", what, t);
    return 0;
}

static void say_handle_out(int wanted, void *raw)
{
    if (!wanted) say(" -");
    else say(" %lu", remember_handle(raw));
}

static void say_status(NTSTATUS status)
{
    say("OK %08lX", (unsigned long)(ULONG)status);
}

/* ------------------------------------------------------------------------------------------- */
/* Requests. Each handler gets the tokens after the verb. Arguments are in the C parameter      */
/* order of the function they call.                                                             */

#define MAX_TOKENS 16

static void do_open(char **a)
{
    int want = parse_handle_out(a[0], "phAlgorithm");
    WCHAR *alg = parse_string(a[1], "pszAlgId");
    WCHAR *impl = parse_string(a[2], "pszImplementation");
    ULONG flags = parse_ulong(a[3], "dwFlags");
    BCRYPT_ALG_HANDLE h = NULL;
    NTSTATUS status;
    if (parse_error[0]) goto out;
    GUARDED_CALL(status, BCryptOpenAlgorithmProvider(want ? &h : NULL, alg, impl, flags));
    say_status(status);
    say_handle_out(want, h);
out:
    free(alg);
    free(impl);
}

static void do_setprop(char **a)
{
    void *object = parse_handle(a[0], "hObject");
    WCHAR *prop = parse_string(a[1], "pszProperty");
    struct buffer input;
    ULONG cb = 0, flags = 0;
    parse_buffer(a[2], "pbInput", &input);
    cb = parse_ulong(a[3], "cbInput");
    flags = parse_ulong(a[4], "dwFlags");
    if (!parse_error[0]) {
        NTSTATUS status;
        GUARDED_CALL(status, BCryptSetProperty(object, prop, buffer_pointer(&input), cb, flags));
        say_status(status);
        say_changes(&input);
    }
    free(prop);
    release_buffer(&input);
}

static void do_gensym(char **a)
{
    void *alg = parse_handle(a[0], "hAlgorithm");
    int want = parse_handle_out(a[1], "phKey");
    struct buffer object, secret;
    ULONG cb_object, cb_secret, flags;
    BCRYPT_KEY_HANDLE key = NULL;
    parse_buffer(a[2], "pbKeyObject", &object);
    cb_object = parse_ulong(a[3], "cbKeyObject");
    parse_buffer(a[4], "pbSecret", &secret);
    cb_secret = parse_ulong(a[5], "cbSecret");
    flags = parse_ulong(a[6], "dwFlags");
    if (!parse_error[0]) {
        NTSTATUS status;
        GUARDED_CALL(status, BCryptGenerateSymmetricKey(alg, want ? &key : NULL, buffer_pointer(&object), cb_object,
                                                        buffer_pointer(&secret), cb_secret, flags));
        say_status(status);
        say_handle_out(want, key);
        say_changes(&object);
        say_changes(&secret);
        /* The key may live in pbKeyObject until it is destroyed: that memory is never freed. */
        object.keeps_key = 1;
        watch(&object);
    }
    release_buffer(&object);
    release_buffer(&secret);
}

static void do_genpair(char **a)
{
    void *alg = parse_handle(a[0], "hAlgorithm");
    int want = parse_handle_out(a[1], "phKey");
    ULONG length = parse_ulong(a[2], "dwLength");
    ULONG flags = parse_ulong(a[3], "dwFlags");
    BCRYPT_KEY_HANDLE key = NULL;
    NTSTATUS status;
    if (parse_error[0]) return;
    GUARDED_CALL(status, BCryptGenerateKeyPair(alg, want ? &key : NULL, length, flags));
    say_status(status);
    say_handle_out(want, key);
}

static void do_finalize(char **a)
{
    void *key = parse_handle(a[0], "hKey");
    ULONG flags = parse_ulong(a[1], "dwFlags");
    NTSTATUS status;
    if (parse_error[0]) return;
    GUARDED_CALL(status, BCryptFinalizeKeyPair(key, flags));
    say_status(status);
}

static void do_import(char **a)
{
    void *alg = parse_handle(a[0], "hAlgorithm");
    void *import_key = parse_handle(a[1], "hImportKey");
    WCHAR *type = parse_string(a[2], "pszBlobType");
    int want = parse_handle_out(a[3], "phKey");
    struct buffer object, input;
    ULONG cb_object, cb_input, flags;
    BCRYPT_KEY_HANDLE key = NULL;
    parse_buffer(a[4], "pbKeyObject", &object);
    cb_object = parse_ulong(a[5], "cbKeyObject");
    parse_buffer(a[6], "pbInput", &input);
    cb_input = parse_ulong(a[7], "cbInput");
    flags = parse_ulong(a[8], "dwFlags");
    if (!parse_error[0]) {
        NTSTATUS status;
        GUARDED_CALL(status, BCryptImportKey(alg, import_key, type, want ? &key : NULL, buffer_pointer(&object),
                                             cb_object, buffer_pointer(&input), cb_input, flags));
        say_status(status);
        say_handle_out(want, key);
        say_changes(&object);
        say_changes(&input);
        object.keeps_key = 1;
        watch(&object); /* see do_gensym */
    }
    free(type);
    release_buffer(&object);
    release_buffer(&input);
}

static void do_importpair(char **a)
{
    void *alg = parse_handle(a[0], "hAlgorithm");
    void *import_key = parse_handle(a[1], "hImportKey");
    WCHAR *type = parse_string(a[2], "pszBlobType");
    int want = parse_handle_out(a[3], "phKey");
    struct buffer input;
    ULONG cb_input, flags;
    BCRYPT_KEY_HANDLE key = NULL;
    parse_buffer(a[4], "pbInput", &input);
    cb_input = parse_ulong(a[5], "cbInput");
    flags = parse_ulong(a[6], "dwFlags");
    if (!parse_error[0]) {
        NTSTATUS status;
        GUARDED_CALL(status, BCryptImportKeyPair(alg, import_key, type, want ? &key : NULL, buffer_pointer(&input),
                                                 cb_input, flags));
        say_status(status);
        say_handle_out(want, key);
        say_changes(&input);
    }
    free(type);
    release_buffer(&input);
}

static void do_export(char **a)
{
    void *key = parse_handle(a[0], "hKey");
    void *export_key = parse_handle(a[1], "hExportKey");
    WCHAR *type = parse_string(a[2], "pszBlobType");
    struct buffer output;
    ULONG cb_output, result = 0, flags;
    int want_result = 0;
    parse_buffer(a[3], "pbOutput", &output);
    cb_output = parse_ulong(a[4], "cbOutput");
    if (a[5] && strcmp(a[5], "NULL")) {
        want_result = 1;
        result = parse_ulong(a[5], "pcbResult");
    } else if (!a[5]) {
        fail("missing pcbResult");
    }
    flags = parse_ulong(a[6], "dwFlags");
    if (!parse_error[0]) {
        NTSTATUS status;
        GUARDED_CALL(status, BCryptExportKey(key, export_key, type, buffer_pointer(&output), cb_output,
                                             want_result ? &result : NULL, flags));
        say_status(status);
        if (want_result) say(" %lu", (unsigned long)result);
        else say(" -");
        say_changes(&output);
        watch(&output);
    }
    free(type);
    release_buffer(&output);
}

static void do_destroy(char **a)
{
    void *key = parse_handle(a[0], "hKey");
    NTSTATUS status;
    if (parse_error[0]) return;
    GUARDED_CALL(status, BCryptDestroyKey(key));
    say_status(status);
}

static void do_close(char **a)
{
    void *alg = parse_handle(a[0], "hAlgorithm");
    ULONG flags = parse_ulong(a[1], "dwFlags");
    NTSTATUS status;
    if (parse_error[0]) return;
    GUARDED_CALL(status, BCryptCloseAlgorithmProvider(alg, flags));
    say_status(status);
}

/* LATE: per watched output buffer, in the order sent, the bytes changed since its answer; then forgets them.
   A pbOutput buffer is released (its address range too: each holds 64 MiB of address space and two mappings, and a
   process has some tens of thousands of them); a pbKeyObject stays allocated, since a key may live in it. */
static void do_late(char **a)
{
    size_t i;
    (void)a;
    say("OK %lu", (unsigned long)watched_count);
    for (i = 0; i < watched_count; i++) {
        say_changes(&watched[i]);
        if (watched[i].keeps_key) free(watched[i].initial);
        else release_buffer(&watched[i]);
    }
    watched_count = 0;
}

/* PROBE <pszAlgId>: can the algorithm be opened, and which key lengths does it report? */
static void do_probe(char **a)
{
    WCHAR *alg = parse_string(a[0], "pszAlgId");
    BCRYPT_ALG_HANDLE h = NULL;
    BCRYPT_KEY_LENGTHS_STRUCT lengths;
    ULONG got = 0;
    NTSTATUS opened, queried;
    if (parse_error[0] || !alg) { fail("PROBE needs an algorithm id"); free(alg); return; }
    opened = BCryptOpenAlgorithmProvider(&h, alg, NULL, 0);
    say_status(opened);
    if (opened < 0) {
        say(" - - - -");
        free(alg);
        return;
    }
    memset(&lengths, 0, sizeof lengths);
    queried = BCryptGetProperty(h, BCRYPT_KEY_LENGTHS, (PUCHAR)&lengths, sizeof lengths, &got, 0);
    if (queried >= 0 && got >= sizeof lengths)
        say(" %08lX %lu %lu %lu", (unsigned long)(ULONG)queried, (unsigned long)lengths.dwMinLength,
            (unsigned long)lengths.dwMaxLength, (unsigned long)lengths.dwIncrement);
    else
        say(" %08lX - - -", (unsigned long)(ULONG)queried);
    BCryptCloseAlgorithmProvider(h, 0);
    free(alg);
}

/* Appends a string token ('... with the escapes of parse_string). */
static void say_string(const WCHAR *s)
{
    say(" '");
    for (; *s; s++) {
        if (*s > 0x20 && *s < 0x7F && *s != '%') say("%c", (char)*s);
        else say("%%%04X", (unsigned)*s);
    }
}

/* INFO: the Windows version the process sees, Wine's version if any, the bcrypt.dll in use. */
static void do_info(char **a)
{
    typedef LONG (WINAPI *get_version_fn)(OSVERSIONINFOW *);
    typedef const char *(CDECL *wine_version_fn)(void);
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    /* GetProcAddress returns FARPROC; copying its bytes into the typed pointer is the conversion ISO C
       (-pedantic) and MSVC (/W4) both accept without a warning. */
    FARPROC rtl_get_version = ntdll ? GetProcAddress(ntdll, "RtlGetVersion") : NULL;
    FARPROC wine_get_version = ntdll ? GetProcAddress(ntdll, "wine_get_version") : NULL;
    get_version_fn get_version = NULL;
    wine_version_fn wine_version = NULL;
    OSVERSIONINFOW v;
    WCHAR path[MAX_PATH];
    (void)a;
    if (rtl_get_version) memcpy(&get_version, &rtl_get_version, sizeof get_version);
    if (wine_get_version) memcpy(&wine_version, &wine_get_version, sizeof wine_version);
    HMODULE bcrypt = GetModuleHandleW(L"bcrypt.dll");
    const char *wine = wine_version ? wine_version() : NULL;
    memset(&v, 0, sizeof v);
    v.dwOSVersionInfoSize = sizeof v;
    if (get_version) get_version(&v);
    say("OK %lu.%lu.%lu", (unsigned long)v.dwMajorVersion, (unsigned long)v.dwMinorVersion,
        (unsigned long)v.dwBuildNumber);
    if (wine && *wine) {
        /* As a string token: Wine Staging says "8.0 (Staging)". Wine's version is ASCII. */
        WCHAR w[64];
        size_t i;
        for (i = 0; wine[i] && i < 63; i++) w[i] = (WCHAR)(unsigned char)wine[i];
        w[i] = 0;
        say_string(w);
    } else {
        say(" NULL");
    }
    path[0] = 0;
    if (bcrypt) GetModuleFileNameW(bcrypt, path, MAX_PATH);
    path[MAX_PATH - 1] = 0;
    say_string(path);
}

/* ------------------------------------------------------------------------------------------- */
/* FILEINFO: which bcrypt.dll answers, so a report can name the binary it certified.             */

/* SHA-256 (FIPS 180-4), written here rather than asked of bcrypt.dll: the DLL under examination does not
 * vouch for its own fingerprint. */
struct sha256 {
    unsigned int h[8];
    unsigned char block[64];
    unsigned long long length;
    size_t used;
};

static const unsigned int SHA256_K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(struct sha256 *c)
{
    unsigned int w[64], a, b, d, e, f, g, h, cc, t1, t2;
    int i;
    for (i = 0; i < 16; i++)
        w[i] = (unsigned int)c->block[4 * i] << 24 | (unsigned int)c->block[4 * i + 1] << 16
             | (unsigned int)c->block[4 * i + 2] << 8 | c->block[4 * i + 3];
    for (i = 16; i < 64; i++)
        w[i] = (ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10)) + w[i - 7]
             + (ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3)) + w[i - 16];
    a = c->h[0]; b = c->h[1]; cc = c->h[2]; d = c->h[3]; e = c->h[4]; f = c->h[5]; g = c->h[6]; h = c->h[7];
    for (i = 0; i < 64; i++) {
        t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i] + w[i];
        t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
        h = g; g = f; f = e; e = d + t1; d = cc; cc = b; b = a; a = t1 + t2;
    }
    c->h[0] += a; c->h[1] += b; c->h[2] += cc; c->h[3] += d; c->h[4] += e; c->h[5] += f; c->h[6] += g; c->h[7] += h;
}

static void sha256_init(struct sha256 *c)
{
    static const unsigned int iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(c->h, iv, sizeof iv);
    c->length = 0;
    c->used = 0;
}

static void sha256_update(struct sha256 *c, const unsigned char *p, size_t n)
{
    while (n--) {
        c->block[c->used++] = *p++;
        c->length += 8;
        if (c->used == 64) {
            sha256_block(c);
            c->used = 0;
        }
    }
}

static void sha256_final(struct sha256 *c, unsigned char out[32])
{
    unsigned long long bits = c->length;
    unsigned char pad = 0x80;
    int i;
    sha256_update(c, &pad, 1);
    pad = 0;
    while (c->used != 56) sha256_update(c, &pad, 1);
    for (i = 7; i >= 0; i--) {
        unsigned char byte = (unsigned char)(bits >> (8 * i));
        sha256_update(c, &byte, 1);
    }
    for (i = 0; i < 32; i++) out[i] = (unsigned char)(c->h[i / 4] >> (24 - 8 * (i % 4)));
}

/* FILEINFO: the loaded bcrypt.dll's path, file version (VS_FIXEDFILEINFO), size and SHA-256. */
static void do_fileinfo(char **a)
{
    WCHAR path[MAX_PATH];
    HMODULE bcrypt = GetModuleHandleW(L"bcrypt.dll");
    DWORD ignored = 0, size;
    HANDLE file;
    struct sha256 c;
    unsigned char buffer[65536], digest[32];
    unsigned long long total = 0;
    DWORD got;
    int i;
    (void)a;
    path[0] = 0;
    if (!bcrypt || !GetModuleFileNameW(bcrypt, path, MAX_PATH)) {
        fail("bcrypt.dll is not loaded");
        return;
    }
    path[MAX_PATH - 1] = 0;
    file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fail("cannot open bcrypt.dll for reading (error %lu)", (unsigned long)GetLastError());
        return;
    }
    sha256_init(&c);
    while (ReadFile(file, buffer, sizeof buffer, &got, NULL) && got > 0) {
        sha256_update(&c, buffer, got);
        total += got;
    }
    CloseHandle(file);
    sha256_final(&c, digest);
    say("OK");
    say_string(path);
    size = GetFileVersionInfoSizeW(path, &ignored);
    if (size) {
        void *info = malloc(size);
        VS_FIXEDFILEINFO *fixed = NULL;
        UINT len = 0;
        if (info && GetFileVersionInfoW(path, 0, size, info) && VerQueryValueW(info, L"\\", (void **)&fixed, &len)
            && fixed && len >= sizeof *fixed) {
            say(" %lu.%lu.%lu.%lu", (unsigned long)HIWORD(fixed->dwFileVersionMS), (unsigned long)LOWORD(fixed->dwFileVersionMS),
                (unsigned long)HIWORD(fixed->dwFileVersionLS), (unsigned long)LOWORD(fixed->dwFileVersionLS));
        } else {
            say(" -");
        }
        free(info);
    } else {
        say(" -");
    }
    say(" %llu ", total);
    for (i = 0; i < 32; i++) say("%02x", digest[i]);
}

/* DEBUG CRASH | DEBUG HANG: misbehave on purpose, to test how a caller copes. */
static void do_debug(char **a)
{
    if (a[0] && !strcmp(a[0], "CRASH")) {
        /* Not a NULL write: Wine maps the lowest page, so that would not even fault there. */
        RaiseException(0xE0C4C4E7u, EXCEPTION_NONCONTINUABLE, 0, NULL);
    } else if (a[0] && !strcmp(a[0], "HANG")) {
        for (;;) Sleep(1000);
    } else {
        fail("DEBUG CRASH or DEBUG HANG");
    }
}

/* ------------------------------------------------------------------------------------------- */
/* Main loop.                                                                                   */

struct request {
    const char *verb;
    int arity;
    void (*handle)(char **args);
    int quit;
};

static const struct request requests[] = {
    {"OPEN", 4, do_open, 0},
    {"SETPROP", 5, do_setprop, 0},
    {"GENSYM", 7, do_gensym, 0},
    {"GENPAIR", 4, do_genpair, 0},
    {"FINALIZE", 2, do_finalize, 0},
    {"IMPORT", 9, do_import, 0},
    {"IMPORTPAIR", 7, do_importpair, 0},
    {"EXPORT", 7, do_export, 0},
    {"DESTROY", 1, do_destroy, 0},
    {"CLOSE", 2, do_close, 0},
    {"PROBE", 1, do_probe, 0},
    {"INFO", 0, do_info, 0},
    {"FILEINFO", 0, do_fileinfo, 0},
    {"DEBUG", 1, do_debug, 0},
    {"LATE", 0, do_late, 0},
    {"QUIT", 0, NULL, 1},
    {NULL, 0, NULL, 0},
};

static int too_long;

static char *read_line(void)
{
    static char *line;
    static size_t cap;
    size_t len = 0;
    int c;
    if (!line) {
        cap = 1 << 16;
        line = (char *)malloc(cap);
        if (!line) exit(4);
    }
    too_long = 0;
    while ((c = getchar()) != EOF && c != '\n') {
        if (len >= MAX_LINE) { too_long = 1; continue; }
        if (len + 1 >= cap) {
            cap *= 2;
            line = (char *)realloc(line, cap);
            if (!line) exit(4);
        }
        line[len++] = (char)c;
    }
    if (c == EOF && len == 0 && !too_long) return NULL;
    if (len && line[len - 1] == '\r') len--;
    line[len] = 0;
    return line;
}

int main(void)
{
    char *line;
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX);
    SetUnhandledExceptionFilter(report_crash);
    guard_init();
    fill_init();
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    setvbuf(stdin, NULL, _IOFBF, 1 << 16);

    say("cngkit-harness %d %s %s", PROTOCOL_VERSION, HARNESS_COMPILER, HARNESS_ARCH);
    finish_answer();

    while ((line = read_line()) != NULL) {
        char *tokens[MAX_TOKENS + 1];
        int n = 0;
        char *p = line;
        const char *verb;
        const struct request *r;
        memset(tokens, 0, sizeof tokens);
        parse_error[0] = 0;
        while (*p && n < MAX_TOKENS) {
            tokens[n++] = p;
            while (*p && *p != ' ') p++;
            if (*p) *p++ = 0;
        }
        if (too_long) { say("ERR the request is longer than %lu bytes", (unsigned long)MAX_LINE); finish_answer(); continue; }
        if (n == 0) { say("ERR empty request"); finish_answer(); continue; }
        if (*p) { say("ERR too many arguments"); finish_answer(); continue; }
        verb = tokens[0];
        for (r = requests; r->verb; r++)
            if (!strcmp(r->verb, verb)) break;
        if (!r->verb) fail("unknown request '%.40s'", verb);
        else if (n - 1 != r->arity) fail("%s takes %d argument(s), got %d", verb, r->arity, n - 1);
        else if (r->quit) { say("OK bye"); finish_answer(); return 0; }
        else {
            call_changed = 0;
            r->handle(tokens + 1);
        }
        if (parse_error[0]) {
            answer_len = 0; /* drop a half-built answer */
            say("ERR %s", parse_error);
        }
        if (abandoned && !call_changed) {
            /* Stopped at the fence without a changed byte to show (an over-read): what the access violation would
               have been without the guard. */
            answer_len = 0;
            say("CRASH %08lX %p", (unsigned long)STATUS_ACCESS_VIOLATION, abandoned_at);
        }
        finish_answer();
        if (abandoned) {
            /* The implementation was stopped in the middle of the call: its state is unknown, so this process ends
               (the kit starts a fresh one for the next call, as after a CRASH). */
            fprintf(stderr, "cngkit-harness: an access reached the end of the guard (%lu MiB past the buffer); "
                            "the call was stopped and the harness exits\n", (unsigned long)(GUARD_RESERVE >> 20));
            fflush(stderr);
            return 3;
        }
    }
    return 0;
}

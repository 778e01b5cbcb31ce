/*
 * A misbehaving bcrypt.dll for the harness's own tests (harness/test/overrun): loaded instead of the system's
 * (WINEDLLOVERRIDES=bcrypt=n, the DLL beside a copy of the harness), it exports the functions the harness imports
 * and misbehaves in BCryptExportKey on request. Never a cryptographic implementation.
 *
 * BCryptExportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags) by pszBlobType:
 *   "Overrun"      sets *pcbResult = cbOutput, then inverts dwFlags bytes from pbOutput[cbOutput] on, one after the
 *                  other (each a read and a write, so every one of them changes), and returns STATUS_SUCCESS.
 *   "OverrunLate"  returns STATUS_SUCCESS at once; a thread of its own inverts dwFlags bytes from pbOutput[cbOutput]
 *                  on afterwards. BCryptDestroyKey waits for that thread, so a test knows when it is done.
 *   "OverRead"     sets *pcbResult = cbOutput, reads dwFlags bytes from pbOutput[cbOutput] on and returns STATUS_SUCCESS.
 *   "WildWrite"    writes into a read-only page of its own: an access violation outside the harness's buffers.
 *   anything else  STATUS_NOT_SUPPORTED.
 * The other functions succeed and hand out the address of a static as every handle.
 */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <bcrypt.h>
#include <string.h>

#define EXPORTED __declspec(dllexport)
#define OK ((NTSTATUS)0)
#define NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)

static int the_object;
static HANDLE late_thread;

struct late_write {
    unsigned char *from;
    ULONG count;
};
static struct late_write late;

static void invert(unsigned char *from, ULONG count)
{
    volatile unsigned char *p = from;
    ULONG i;
    for (i = 0; i < count; i++) p[i] = (unsigned char)~p[i];
}

static DWORD WINAPI late_writer(LPVOID unused)
{
    (void)unused;
    Sleep(50); /* after the harness answered, most likely; DestroyKey waits for this thread anyway */
    invert(late.from, late.count);
    return 0;
}

static int same(LPCWSTR a, const wchar_t *b)
{
    return a && !wcscmp(a, b);
}

EXPORTED NTSTATUS WINAPI BCryptOpenAlgorithmProvider(BCRYPT_ALG_HANDLE *phAlgorithm, LPCWSTR pszAlgId,
                                                     LPCWSTR pszImplementation, ULONG dwFlags)
{
    (void)pszAlgId, (void)pszImplementation, (void)dwFlags;
    if (phAlgorithm) *phAlgorithm = &the_object;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptCloseAlgorithmProvider(BCRYPT_ALG_HANDLE hAlgorithm, ULONG dwFlags)
{
    (void)hAlgorithm, (void)dwFlags;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptGetProperty(BCRYPT_HANDLE hObject, LPCWSTR pszProperty, PUCHAR pbOutput, ULONG cbOutput,
                                           ULONG *pcbResult, ULONG dwFlags)
{
    (void)hObject, (void)pszProperty, (void)pbOutput, (void)cbOutput, (void)dwFlags;
    if (pcbResult) *pcbResult = 0;
    return NOT_SUPPORTED;
}

EXPORTED NTSTATUS WINAPI BCryptSetProperty(BCRYPT_HANDLE hObject, LPCWSTR pszProperty, PUCHAR pbInput, ULONG cbInput,
                                           ULONG dwFlags)
{
    (void)hObject, (void)pszProperty, (void)pbInput, (void)cbInput, (void)dwFlags;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptGenerateSymmetricKey(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE *phKey,
                                                    PUCHAR pbKeyObject, ULONG cbKeyObject, PUCHAR pbSecret,
                                                    ULONG cbSecret, ULONG dwFlags)
{
    (void)hAlgorithm, (void)pbKeyObject, (void)cbKeyObject, (void)pbSecret, (void)cbSecret, (void)dwFlags;
    if (phKey) *phKey = &the_object;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptGenerateKeyPair(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE *phKey, ULONG dwLength,
                                               ULONG dwFlags)
{
    (void)hAlgorithm, (void)dwLength, (void)dwFlags;
    if (phKey) *phKey = &the_object;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptFinalizeKeyPair(BCRYPT_KEY_HANDLE hKey, ULONG dwFlags)
{
    (void)hKey, (void)dwFlags;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptImportKey(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE hImportKey, LPCWSTR pszBlobType,
                                         BCRYPT_KEY_HANDLE *phKey, PUCHAR pbKeyObject, ULONG cbKeyObject,
                                         PUCHAR pbInput, ULONG cbInput, ULONG dwFlags)
{
    (void)hAlgorithm, (void)hImportKey, (void)pszBlobType, (void)pbKeyObject, (void)cbKeyObject, (void)pbInput,
        (void)cbInput, (void)dwFlags;
    if (phKey) *phKey = &the_object;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptImportKeyPair(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE hImportKey,
                                             LPCWSTR pszBlobType, BCRYPT_KEY_HANDLE *phKey, PUCHAR pbInput,
                                             ULONG cbInput, ULONG dwFlags)
{
    (void)hAlgorithm, (void)hImportKey, (void)pszBlobType, (void)pbInput, (void)cbInput, (void)dwFlags;
    if (phKey) *phKey = &the_object;
    return OK;
}

EXPORTED NTSTATUS WINAPI BCryptExportKey(BCRYPT_KEY_HANDLE hKey, BCRYPT_KEY_HANDLE hExportKey, LPCWSTR pszBlobType,
                                         PUCHAR pbOutput, ULONG cbOutput, ULONG *pcbResult, ULONG dwFlags)
{
    (void)hKey, (void)hExportKey;
    if (same(pszBlobType, L"Overrun")) {
        if (pcbResult) *pcbResult = cbOutput;
        invert(pbOutput + cbOutput, dwFlags);
        return OK;
    }
    if (same(pszBlobType, L"OverrunLate")) {
        if (pcbResult) *pcbResult = cbOutput;
        late.from = pbOutput + cbOutput;
        late.count = dwFlags;
        late_thread = CreateThread(NULL, 0, late_writer, NULL, 0, NULL);
        return late_thread ? OK : NOT_SUPPORTED;
    }
    if (same(pszBlobType, L"OverRead")) {
        volatile const unsigned char *p = pbOutput + cbOutput;
        unsigned char sum = 0;
        ULONG i;
        if (pcbResult) *pcbResult = cbOutput;
        for (i = 0; i < dwFlags; i++) sum = (unsigned char)(sum + p[i]);
        (void)sum; /* the reads are volatile: they happen whatever becomes of the sum */
        return OK;
    }
    if (same(pszBlobType, L"WildWrite")) {
        volatile unsigned char *page = (unsigned char *)VirtualAlloc(NULL, 4096, MEM_COMMIT, PAGE_READONLY);
        if (page) page[0] = 1;
        return OK;
    }
    return NOT_SUPPORTED;
}

EXPORTED NTSTATUS WINAPI BCryptDestroyKey(BCRYPT_KEY_HANDLE hKey)
{
    (void)hKey;
    if (late_thread) {
        WaitForSingleObject(late_thread, INFINITE);
        CloseHandle(late_thread);
        late_thread = NULL;
    }
    return OK;
}

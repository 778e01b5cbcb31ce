package org.cngkit.kit.driver;

import org.cngkit.spi.NtStatus;

/**
 * What one {@code BCryptExportKey} call returned.
 *
 * @param call             the call
 * @param status           the NTSTATUS
 * @param pcbResult        {@code *pcbResult} as an unsigned value, or {@code null} when pcbResult was NULL
 * @param pcbResultWritten whether the implementation stored anything in {@code *pcbResult}
 * @param outputTouched    whether any byte before cbOutput changed
 */
public record ExportResult(ExportCall call, NtStatus status, Long pcbResult, boolean pcbResultWritten, boolean outputTouched) {

    /**
     * The bytes the implementation says it produced: the first {@code *pcbResult} bytes of pbOutput; {@code null}
     * when the call failed, had no buffer or left {@code *pcbResult} unwritten (a failed call produced no blob).
     */
    public byte[] blob() {
        if (!status.isSuccess() || call.output().isNull() || pcbResult == null || !pcbResultWritten) {
            return null;
        }
        return call.output().head(pcbResult);
    }
}

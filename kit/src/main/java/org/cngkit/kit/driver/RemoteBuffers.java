package org.cngkit.kit.driver;

/**
 * A provider whose implementation writes into copies of the kit's buffers in another process (a native harness or
 * a Java child). The copies live on until the scenario ends, so a write the implementation makes after a call has
 * answered (a late write, from a thread of its own) lands there; {@link #pullLateWrites()} mirrors such writes
 * into the kit's arrays, where the Driver's end-of-scenario checks see them.
 */
public interface RemoteBuffers {
    /** Copies into the kit's arrays every byte written to the remote output buffers since their calls answered. */
    void pullLateWrites();
}

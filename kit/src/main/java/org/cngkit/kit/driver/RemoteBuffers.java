package org.cngkit.kit.driver;

/**
 * An implementation that runs outside the kit's process and holds its own copies of the buffers the kit passes.
 * The kit checks its Java arrays for writes made after a call returned (late writes) and for changes to input
 * buffers; such an implementation must bring the bytes its side changed after a call returned back into those
 * arrays when asked, so the same checks see them. In-process implementations do not implement this: the kit's
 * arrays are the implementation's arrays.
 */
public interface RemoteBuffers {

    /**
     * Copies into the kit's arrays every change the implementation's side made, after the calls returned, to the
     * output and input buffers of the calls made so far. The {@link Driver} calls it at the end of each scenario,
     * before it checks those arrays again.
     */
    void pullLateWrites();
}

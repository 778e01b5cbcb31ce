package org.cngkit.kit.tools.convert;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "convert")
public final class ConvertCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}

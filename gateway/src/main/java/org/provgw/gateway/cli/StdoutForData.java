package org.provgw.gateway.cli;

import java.io.PrintStream;

/**
 * Keeps standard output for a command's data ({@code provgw render} writes a file there): while
 * open, {@code System.out} is standard error, so that what providers log at INFO (which the
 * shipped logging configuration sends to {@code System.out}) goes to standard error. It works
 * because logging starts after it is opened: the console appender takes {@code System.out} when
 * logging starts. The command writes its data to the stream it was given, the real stdout.
 */
final class StdoutForData implements AutoCloseable {

    private final PrintStream original = System.out;

    StdoutForData() {
        System.setOut(System.err);
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}

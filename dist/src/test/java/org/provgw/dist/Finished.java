package org.provgw.dist;

/**
 * A process that has exited.
 *
 * @param exitCode its exit status
 * @param stdout everything it wrote to standard output
 * @param stderr everything it wrote to standard error
 */
record Finished(int exitCode, String stdout, String stderr) {

    /** @return both streams, labelled, for assertion messages */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}

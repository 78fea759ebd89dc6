package org.provgw.gateway.remap;

/**
 * Something wrong, or suspicious, on one line of a map file.
 *
 * @param line the line number, from 1
 * @param message what is wrong, without the line number
 */
record LineProblem(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}

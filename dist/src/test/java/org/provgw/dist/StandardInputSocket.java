package org.provgw.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a command with a bound socket as its standard input, the way inetd and systemd's
 * {@code StandardInput=socket} do: a few lines of python3 bind the socket, print its port on
 * standard output, put it on descriptor 0 and exec the command. Tests that need it skip
 * themselves when python3 is missing.
 */
final class StandardInputSocket {

    private static final String SCRIPT = String.join("\n",
            "import os, socket, sys",
            "kind = socket.SOCK_STREAM if sys.argv[1] == 'tcp' else socket.SOCK_DGRAM",
            "s = socket.socket(socket.AF_INET6 if ':' in sys.argv[2] else socket.AF_INET, kind)",
            "s.bind((sys.argv[2], 0))",
            "if kind == socket.SOCK_STREAM: s.listen(1)",
            "print(s.getsockname()[1], flush=True)",
            "os.dup2(s.fileno(), 0)",
            "os.execvp(sys.argv[3], sys.argv[3:])",
            "");

    private StandardInputSocket() {
    }

    /**
     * @param dir where to write the helper
     * @param kind {@code udp} or {@code tcp}
     * @param address the address to bind, port chosen by the system
     * @param command the command to run on it
     * @return the command line: python3, the helper, its arguments, then {@code command}
     */
    static List<String> wrap(Path dir, String kind, String address, List<String> command) throws IOException {
        Path python = Binaries.require("python3", "it hands the socket over on standard input");
        Path script = Files.writeString(dir.resolve("stdin-socket.py"), SCRIPT);
        List<String> line = new ArrayList<>(List.of(python.toString(), script.toString(), kind, address));
        line.addAll(command);
        return line;
    }
}

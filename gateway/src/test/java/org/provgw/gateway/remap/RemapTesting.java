package org.provgw.gateway.remap;

/** What gateway-level tests need to see of the map-file machinery. */
public final class RemapTesting {

    private RemapTesting() {
    }

    /**
     * Sends SIGHUP to this JVM if a map file watcher listens for it (never otherwise: the JVM
     * would exit); without it the watcher's next poll finds the change.
     *
     * @throws ReflectiveOperationException if raising the signal fails
     */
    public static void nudge() throws ReflectiveOperationException {
        if (HangupSignal.installed()) {
            HangupSignal.raise();
        }
    }

    /** @return whether a map file watcher thread is alive, or a SIGHUP handler still installed */
    public static boolean watcherRunning() {
        return HangupSignal.installed()
                || Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("provgw-map-file"));
    }
}

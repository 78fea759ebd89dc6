package org.provgw.gateway.remap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * SIGHUP, the signal tftpd-hpa reloads its map file on, dispatched to subscribers.
 *
 * <p>The JDK catches signals only through {@code sun.misc.Signal} (module jdk.unsupported),
 * reached here by reflection so that a JVM without it (or one that reserves SIGHUP, as with
 * {@code -Xrs}) degrades to "no SIGHUP" with a log line instead of failing to start. While
 * anyone is subscribed, SIGHUP no longer shuts the JVM down, as it would by default; the JVM's
 * handler is put back when the last subscriber leaves.
 */
final class HangupSignal {

    private static final Logger LOG = LogManager.getLogger(HangupSignal.class);
    private static final List<Runnable> SUBSCRIBERS = new CopyOnWriteArrayList<>();

    private static Object signal;
    private static Method handleMethod;
    private static Object previousHandler;
    private static Object handler;

    private HangupSignal() {
    }

    /**
     * @param subscriber what to run on each SIGHUP, on the JVM's signal thread: keep it short
     * @return what cancels the subscription, or empty when SIGHUP cannot be caught on this JVM
     */
    static synchronized Optional<AutoCloseable> subscribe(Runnable subscriber) {
        if (handler == null && !install()) {
            return Optional.empty();
        }
        SUBSCRIBERS.add(subscriber);
        return Optional.of(() -> unsubscribe(subscriber));
    }

    /** @return whether a handler is installed now */
    static synchronized boolean installed() {
        return handler != null;
    }

    /**
     * Sends SIGHUP to this process, for tests; only while a handler is installed, since the JVM's
     * default reaction would be to exit.
     *
     * @throws IllegalStateException if no handler is installed
     * @throws ReflectiveOperationException if raising fails
     */
    static synchronized void raise() throws ReflectiveOperationException {
        if (handler == null) {
            throw new IllegalStateException("no SIGHUP handler installed");
        }
        signal.getClass().getMethod("raise", signal.getClass()).invoke(null, signal);
    }

    private static synchronized void unsubscribe(Runnable subscriber) {
        SUBSCRIBERS.remove(subscriber);
        if (SUBSCRIBERS.isEmpty() && handler != null) {
            try {
                handleMethod.invoke(null, signal, previousHandler);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("cannot restore the JVM's SIGHUP handler: {}", e.toString());
            }
            handler = null;
        }
    }

    private static boolean install() {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object hup = signalClass.getConstructor(String.class).newInstance("HUP");
            Object proxy = Proxy.newProxyInstance(HangupSignal.class.getClassLoader(),
                    new Class<?>[] {handlerClass}, new Dispatch());
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            previousHandler = handle.invoke(null, hup, proxy);
            signal = hup;
            handleMethod = handle;
            handler = proxy;
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warn("SIGHUP cannot be caught on this JVM ({}); the map file is still reloaded when it changes",
                    cause.toString());
            return false;
        }
    }

    /** The {@code sun.misc.SignalHandler}: runs every subscriber, one failure not stopping the rest. */
    private static final class Dispatch implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            switch (method.getName()) {
                case "handle" -> {
                    for (Runnable subscriber : SUBSCRIBERS) {
                        try {
                            subscriber.run();
                        } catch (RuntimeException e) {
                            LOG.error("SIGHUP subscriber failed", e);
                        }
                    }
                    return null;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> {
                    return "provgw SIGHUP handler";
                }
            }
        }
    }
}

package org.gridgov.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults injected by tests, through system properties, where the real thing cannot be arranged on every
 * machine: {@code gridgov.test.halt=POINT-N} stops the process dead (as {@code kill -9} would) the N-th time
 * the output code reaches POINT ({@code file}: a file was written; {@code staged}: a command's outputs are
 * all staged; {@code commit}: one output is about to be moved into place), and
 * {@code gridgov.test.writeFault=BYTES:MESSAGE} makes writes fail with MESSAGE (e.g. "No space left on
 * device") once that many bytes were written since the property took that value. Without the properties nothing happens.
 */
final class Faults {
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();
    private static final AtomicLong WRITTEN = new AtomicLong();
    private static String armed;

    private Faults() {
    }

    /** Halts the process if a test asked for it at this point. */
    static void reached(String point) {
        String halt = System.getProperty("gridgov.test.halt");
        if (halt != null && halt.startsWith(point + "-")) {
            int n = REACHED.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet();
            if (n == Integer.parseInt(halt.substring(point.length() + 1))) {
                Runtime.getRuntime().halt(137);
            }
        }
    }

    /** The stream, failing as a test asked once the process has written enough. */
    static OutputStream wrap(OutputStream out) {
        String fault = System.getProperty("gridgov.test.writeFault");
        if (fault == null) {
            return out;
        }
        synchronized (Faults.class) {
            if (!fault.equals(armed)) { // a new fault counts from its own start
                armed = fault;
                WRITTEN.set(0);
            }
        }
        int colon = fault.indexOf(':');
        long limit = Long.parseLong(fault.substring(0, colon));
        String message = fault.substring(colon + 1);
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }

            private void count(int bytes) throws IOException {
                if (WRITTEN.addAndGet(bytes) > limit) {
                    throw new IOException(message);
                }
            }
        };
    }

}

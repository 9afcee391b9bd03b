import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;

/**
 * The speed-up this machine allows from a second thread, whatever the program: the same fixed piece of work is
 * timed on one thread alone and on two threads at once (each doing a whole piece), and the speed-up is
 * 2 x (one thread's time) / (two threads' time); 2.00 is perfect scaling, 1.00 none.
 *
 * <p>Kinds of work:
 * <ul>
 *   <li>compute: arithmetic in registers, no memory: what the cores alone give;</li>
 *   <li>chase SIZE: a random walk through a single cycle of SIZE of ints per thread (each load depends on the
 *       one before): bound by memory latency; when two working sets no longer fit in a cache level the two
 *       cores share, each thread evicts the other's data and waits on memory more;</li>
 *   <li>stream SIZE: sequential writes then reads over SIZE per thread: bound by memory bandwidth, like a
 *       program that allocates fast (a JVM's young generation is written this way).</li>
 * </ul>
 * A simulation run sits between these: mostly latency-bound walks over its own objects, plus an allocation stream.
 *
 * <p>Trials alternate one and two threads, and medians are reported, because a shared virtual machine's speed
 * varies from minute to minute. Run with {@code java bench/Cores.java} (JDK 11 or later, nothing else needed);
 * {@code bench/cores.sh} does it with a fixed heap.
 */
public final class Cores {
    private static final int TRIALS = 3;

    private Cores() {
    }

    /** One kind of work: {@link #prepare} makes a thread's data (untimed), {@link #work} does the timed piece. */
    interface Kind {
        String name();

        Object prepare(int thread);

        long work(Object data);
    }

    public static void main(String[] args) throws Exception {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(compute());
        for (int kib : new int[] {256, 1024, 4096, 16384, 65536}) {
            kinds.add(chase(kib));
        }
        kinds.add(stream(65536));
        System.out.printf(Locale.ROOT, "%d cores (Runtime.availableProcessors); %s %s; %d alternated trials per"
                + " kind, medians%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), TRIALS);
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %9s%n", "work", "1 thread", "2 threads", "speed-up");
        for (Kind k : kinds) {
            Object[] data = {k.prepare(0), k.prepare(1)};
            // warm-up: compiled code and touched pages before anything is timed
            timed(k, data, 1);
            timed(k, data, 2);
            double[] one = new double[TRIALS];
            double[] two = new double[TRIALS];
            for (int t = 0; t < TRIALS; t++) {
                one[t] = timed(k, data, 1);
                two[t] = timed(k, data, 2);
            }
            double m1 = median(one);
            double m2 = median(two);
            System.out.printf(Locale.ROOT, "%-16s %9.3fs %9.3fs %9.2f%n", k.name(), m1, m2, 2 * m1 / m2);
        }
    }

    /** Seconds for {@code threads} threads to do one piece each, started together, until the last is done. */
    private static double timed(Kind k, Object[] data, int threads) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        long[] sink = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int me = i;
            workers[i] = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                sink[me] = k.work(data[me]);
            });
            workers[i].start();
        }
        start.await();
        long t0 = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (Arrays.stream(sink).sum() == 42) {
            System.out.print(""); // keeps the results alive
        }
        return seconds;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Eight dependent chains of multiply-add and xor-shift: ALU only. */
    static Kind compute() {
        return new Kind() {
            public String name() {
                return "compute";
            }

            public Object prepare(int thread) {
                return thread + 1L;
            }

            public long work(Object data) {
                long a = (Long) data, b = a + 1, c = a + 2, d = a + 3;
                for (long i = 0; i < 300_000_000L; i++) {
                    a = a * 6364136223846793005L + i;
                    b = b * 3202034522624059733L + (a >>> 7);
                    c ^= c << 13 ^ b;
                    d += c >>> 11;
                }
                return a + b + c + d;
            }
        };
    }

    /** A random single cycle through {@code kib} KiB of ints (Sattolo's shuffle), walked for a fixed number of loads. */
    static Kind chase(int kib) {
        return new Kind() {
            public String name() {
                return "chase " + size(kib);
            }

            public Object prepare(int thread) {
                int n = kib * 256;
                int[] next = new int[n];
                for (int i = 0; i < n; i++) {
                    next[i] = i;
                }
                SplittableRandom r = new SplittableRandom(thread * 7919L + kib);
                for (int i = n - 1; i > 0; i--) {
                    int j = r.nextInt(i);
                    int t = next[i];
                    next[i] = next[j];
                    next[j] = t;
                }
                return next;
            }

            public long work(Object data) {
                int[] next = (int[]) data;
                int at = 0;
                long sum = 0;
                for (int i = 0; i < 20_000_000; i++) {
                    at = next[at];
                    sum += at;
                }
                return sum;
            }
        };
    }

    /** Sequential writes then reads of {@code kib} KiB of longs, several passes. */
    static Kind stream(int kib) {
        return new Kind() {
            public String name() {
                return "stream " + size(kib);
            }

            public Object prepare(int thread) {
                return new long[kib * 128];
            }

            public long work(Object data) {
                long[] a = (long[]) data;
                long sum = 0;
                for (int pass = 0; pass < 8; pass++) {
                    for (int i = 0; i < a.length; i++) {
                        a[i] = i + pass;
                    }
                    for (int i = 0; i < a.length; i++) {
                        sum += a[i];
                    }
                }
                return sum;
            }
        };
    }

    private static String size(int kib) {
        return kib >= 1024 ? kib / 1024 + " MiB" : kib + " KiB";
    }
}

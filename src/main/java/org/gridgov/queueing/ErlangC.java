package org.gridgov.queueing;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals, exponential service, c servers, first come first served.
 * Used to check the simulation against theory and to warm-start staffing searches.
 */
public final class ErlangC {
    private final int servers;
    private final double arrivalRate;
    private final double serviceRate;

    /**
     * @param servers c, at least 1
     * @param arrivalRate lambda, arrivals per hour
     * @param serviceRate mu, completions per hour per server
     */
    public ErlangC(int servers, double arrivalRate, double serviceRate) {
        if (servers < 1 || !(arrivalRate >= 0) || !(serviceRate > 0)) {
            throw new IllegalArgumentException("need c >= 1, lambda >= 0, mu > 0");
        }
        this.servers = servers;
        this.arrivalRate = arrivalRate;
        this.serviceRate = serviceRate;
    }

    /** Offered load a = lambda / mu, in erlangs. */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** Server utilisation rho = a / c. */
    public double utilization() {
        return offeredLoad() / servers;
    }

    public boolean stable() {
        return utilization() < 1;
    }

    /** Erlang B blocking probability, by the numerically stable recursion B(k) = aB(k-1) / (k + aB(k-1)). */
    public double erlangB() {
        double a = offeredLoad();
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Probability that an arrival waits, C(c, a). */
    public double probabilityOfWaiting() {
        if (!stable()) {
            return 1;
        }
        double a = offeredLoad();
        double b = erlangB();
        return servers * b / (servers - a * (1 - b));
    }

    /** Mean wait in queue, Wq = C(c, a) / (c mu - lambda), in hours; infinite when unstable. */
    public double meanWait() {
        if (!stable()) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
    }

    /** Probability that the wait exceeds t hours: C(c, a) exp(-(c mu - lambda) t). */
    public double probabilityWaitExceeds(double t) {
        if (!stable()) {
            return 1;
        }
        return probabilityOfWaiting() * Math.exp(-(servers * serviceRate - arrivalRate) * t);
    }

    /** The smallest c whose mean wait is at most {@code maxWait} hours, for this lambda and mu. */
    public static int serversForMeanWait(double arrivalRate, double serviceRate, double maxWait) {
        int c = Math.max(1, (int) Math.floor(arrivalRate / serviceRate) + 1);
        while (new ErlangC(c, arrivalRate, serviceRate).meanWait() > maxWait) {
            c++;
        }
        return c;
    }
}

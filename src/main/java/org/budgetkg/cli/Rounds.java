package org.budgetkg.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timing by rounds for the benchmarks: one round's seconds, and warming up until the rounds take steady time. */
final class Rounds {
    private Rounds() {}

    /** Something timed by rounds. */
    interface Round { void run() throws Exception; }

    /** A round whose time is measured by itself: its seconds, or a negative number when it failed. */
    interface Timed { double seconds() throws Exception; }

    static double seconds(Round round) throws Exception {
        long t0 = System.nanoTime();
        round.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Untimed rounds until the code is warm: at least {@code atLeast}, then more until the last {@code window} agree within
     * {@code tolerance} of the slowest (JIT compilation and caches settle; measuring earlier reported about half the
     * steady throughput), at most {@code atMost}. A failed round is never steady. Returns the number of rounds run.
     */
    static int warmUp(Timed round, int atLeast, int atMost, int window, double tolerance) throws Exception {
        List<Double> recent = new ArrayList<>();
        int i = 0;
        while (i < atMost) {
            recent.add(round.seconds());
            i++;
            if (recent.size() > window) recent.remove(0);
            boolean steady = recent.size() == window && Collections.min(recent) >= 0
                    && Collections.max(recent) - Collections.min(recent) <= tolerance * Collections.max(recent);
            if (i >= atLeast && steady) break;
        }
        return i;
    }
}

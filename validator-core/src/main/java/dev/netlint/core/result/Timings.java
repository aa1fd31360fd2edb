package dev.netlint.core.result;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per phase and per rule, summed over devices (so over threads). */
public final class Timings {

    private final LongAdder loadNanos = new LongAdder();
    private final LongAdder rulesNanos = new LongAdder();
    private final LongAdder planNanos = new LongAdder();
    private final Map<String, LongAdder> ruleNanos = new ConcurrentHashMap<>();

    public void addLoad(long nanos) {
        loadNanos.add(nanos);
    }

    public void addPlan(long nanos) {
        planNanos.add(nanos);
    }

    public void addRules(long nanos) {
        rulesNanos.add(nanos);
    }

    public void addRule(String rule, long nanos) {
        ruleNanos.computeIfAbsent(rule, k -> new LongAdder()).add(nanos);
    }

    public long loadMillis() {
        return loadNanos.sum() / 1_000_000;
    }

    public long rulesMillis() {
        return rulesNanos.sum() / 1_000_000;
    }

    /** The part of {@link #rulesMillis()} spent building the address plans that rules share. */
    public long planMillis() {
        return planNanos.sum() / 1_000_000;
    }

    /** The slowest rules, slowest first, with their milliseconds. */
    public List<Map.Entry<String, Long>> slowest(int count) {
        return ruleNanos.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().sum() / 1_000_000))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .toList();
    }
}

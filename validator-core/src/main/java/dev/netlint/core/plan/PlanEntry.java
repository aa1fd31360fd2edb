package dev.netlint.core.plan;

import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.Location;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One prefix, range or address of the device's address plan, with what owns it.
 *
 * <p>A class rather than a record so that the label is written only when a message asks for it: a
 * device with 100,000 routes has 130,000 entries and its rules name a handful of them (measured by
 * the benchmark: writing every label took about half of building the plan). For the same reason an
 * entry made from an address or prefix keeps its bounds as numbers and makes its IPAddress range only
 * when asked: building 130,000 ranges took most of the rest. The accessors are those of the record it
 * was.
 */
public final class PlanEntry {

    private final PlanKind kind;
    private final Bounds bounds;
    /** The prefix or address the range is made from when first asked for. */
    private final IPAddress source;
    /**
     * The range, made on first use. Not volatile: a range is immutable, so a thread that sees none makes
     * an equal one (the idiom of {@code String.hashCode}).
     */
    private IPAddressSeqRange range;
    private final Location location;
    private final Object owner;
    private Supplier<String> labelMaker;
    private String label;

    /**
     * @param label how a message names the owner, such as {@code KubernetesNodeIPs 192.168.20.20-192.168.20.21}
     * @param location where it is declared; {@code null} for a default nobody wrote (the default pod subnet)
     * @param owner the model element that declares it
     */
    public PlanEntry(PlanKind kind, IPAddressSeqRange range, String label, Location location, Object owner) {
        this(kind, range, location, owner, null);
        this.label = Objects.requireNonNull(label, "label");
    }

    /** An entry whose label is written on first use. */
    PlanEntry(PlanKind kind, IPAddressSeqRange range, Location location, Object owner, Supplier<String> label) {
        this.kind = kind;
        this.bounds = Bounds.of(range);
        this.source = null;
        this.range = range;
        this.location = location;
        this.owner = owner;
        this.labelMaker = label;
    }

    /**
     * An entry for a prefix block or a single address (a prefix's host bits are ignored), whose range and
     * label are made on first use.
     */
    PlanEntry(PlanKind kind, IPAddress prefix, Location location, Object owner, Supplier<String> label) {
        this.kind = kind;
        this.bounds = Bounds.of(prefix);
        this.source = prefix;
        this.location = location;
        this.owner = owner;
        this.labelMaker = label;
    }

    public PlanKind kind() {
        return kind;
    }

    public IPAddressSeqRange range() {
        IPAddressSeqRange result = range;
        if (result == null) {
            result = Addresses.block(source).toSequentialRange();
            range = result;
        }
        return result;
    }

    /** The first and last address as numbers. */
    Bounds bounds() {
        return bounds;
    }

    /** How a message names the owner, such as {@code KubernetesNodeIPs 192.168.20.20-192.168.20.21}. */
    public synchronized String label() {
        if (label == null) {
            label = labelMaker.get();
            labelMaker = null;
        }
        return label;
    }

    /** Where it is declared; {@code null} for a default nobody wrote (the default pod subnet). */
    public Location location() {
        return location;
    }

    /** The model element that declares it. */
    public Object owner() {
        return owner;
    }

    public boolean overlaps(IPAddressSeqRange other) {
        return bounds.overlaps(Bounds.of(other));
    }

    /** The range in start-end form. */
    public String describeRange() {
        return AddressRange.describe(range());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanEntry other && kind == other.kind && bounds.equals(other.bounds)
                && label().equals(other.label()) && Objects.equals(location, other.location)
                && Objects.equals(owner, other.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, bounds, label(), location, owner);
    }

    @Override
    public String toString() {
        return "PlanEntry[kind=" + kind + ", range=" + range() + ", label=" + label() + ", location=" + location
                + ", owner=" + owner + "]";
    }
}

package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.model.Location;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A plan entry: its accessors, its lazily written label, equality and text. */
class PlanEntryTest {

    private static final Location AT = new Location("d.yaml", 4, 7, "/p");
    private static final Object OWNER = "owner";

    private static IPAddressSeqRange range(String from, String to) {
        return new IPAddressString(from).getAddress().spanWithRange(new IPAddressString(to).getAddress());
    }

    @Test
    void anEntryKeepsWhatItWasGiven() {
        PlanEntry entry = new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), "pool P", AT, OWNER);

        assertThat(entry.kind()).isEqualTo(PlanKind.POOL);
        assertThat(entry.range()).isEqualTo(range("10.0.0.1", "10.0.0.9"));
        assertThat(entry.label()).isEqualTo("pool P");
        assertThat(entry.location()).isEqualTo(AT);
        assertThat(entry.owner()).isSameAs(OWNER);
        assertThat(entry.describeRange()).isEqualTo("10.0.0.1-10.0.0.9");
        assertThat(entry.toString()).isEqualTo("PlanEntry[kind=POOL, range=" + range("10.0.0.1", "10.0.0.9")
                + ", label=pool P, location=d.yaml:4:7, owner=owner]");
        assertThat(PlanKind.POOL.noun()).isEqualTo("pool");
        assertThat(PlanKind.LOAD_BALANCER_IP.noun()).isEqualTo("load-balancer IP");
        assertThatThrownBy(() -> new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), null, AT, OWNER))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLazyLabelIsWrittenOnceWhenFirstAskedFor() {
        AtomicInteger written = new AtomicInteger();
        PlanEntry entry = new PlanEntry(PlanKind.GATEWAY, range("10.0.0.1", "10.0.0.1"), AT, OWNER,
                () -> "gateway " + written.incrementAndGet());

        assertThat(written).hasValue(0);
        assertThat(entry.label()).isEqualTo("gateway 1");
        assertThat(entry.label()).isEqualTo("gateway 1");
        assertThat(written).hasValue(1);
    }

    @Test
    void entriesAreEqualWhenEveryPartIs() {
        PlanEntry entry = new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), "pool P", AT, OWNER);
        PlanEntry same = new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), AT, OWNER, () -> "pool P");

        assertThat(entry).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(entry).isNotEqualTo(new PlanEntry(PlanKind.VIRTUAL_NETWORK_POOL, range("10.0.0.1", "10.0.0.9"),
                "pool P", AT, OWNER));
        assertThat(entry).isNotEqualTo(new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.8"), "pool P", AT,
                OWNER));
        assertThat(entry).isNotEqualTo(new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), "pool Q", AT,
                OWNER));
        assertThat(entry).isNotEqualTo(new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), "pool P", null,
                OWNER));
        assertThat(entry).isNotEqualTo(new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"), "pool P", AT,
                "other"));
        assertThat(entry).isNotEqualTo("pool P");
        assertThat(entry.hashCode()).isNotEqualTo(new PlanEntry(PlanKind.POOL, range("10.0.0.1", "10.0.0.9"),
                "pool Q", AT, OWNER).hashCode());
    }

    @Test
    void anEntryOverlapsARangeThatSharesAnAddress() {
        PlanEntry entry = new PlanEntry(PlanKind.POOL, range("10.0.0.10", "10.0.0.20"), "p", AT, OWNER);

        assertThat(entry.overlaps(range("10.0.0.20", "10.0.0.30"))).isTrue();
        assertThat(entry.overlaps(range("10.0.0.1", "10.0.0.9"))).isFalse();
    }
}

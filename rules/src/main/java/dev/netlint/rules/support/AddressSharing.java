package dev.netlint.rules.support;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether LoadBalancer services may share one address, as MetalLB decides it (its allocator's
 * {@code sharingOK} and {@code checkSharing}, and the usage page's "IP address sharing"): the first
 * service on an address fixes its sharing key and backend key; a later service shares it only when it
 * carries the same non-blank {@code allow-shared-ip} key, has the same backend key (the selector when
 * {@code externalTrafficPolicy} is {@code Local}, else none), and uses no protocol and port already used
 * on the address. What netlint could not read makes the answer unknown.
 */
public final class AddressSharing {

    /** What MetalLB would say of one more service on an address. */
    public enum Kind { SHARES, CONFLICTS, UNKNOWN }

    /**
     * @param reason why not, in words, for a conflict; {@code null} otherwise
     * @param port the port already in use on the address, as its user writes it, for a port clash; else
     *     {@code null}
     * @param portOwner the service that uses that port, else {@code null}
     */
    public record Verdict(Kind kind, String reason, Service.Port port, Service portOwner) {

        static final Verdict SHARES = new Verdict(Kind.SHARES, null, null, null);
        static final Verdict UNKNOWN = new Verdict(Kind.UNKNOWN, null, null, null);

        static Verdict conflict(String reason) {
            return new Verdict(Kind.CONFLICTS, reason, null, null);
        }
    }

    private final Service first;
    /** A protocol/port pair in use on the address, and the service that uses it. */
    private record Use(Service service, Service.Port port) {
    }

    /**
     * The protocol/port pairs in use on the address, by {@code TCP/53}; made when a second service asks
     * for the address, since most addresses have one (100,000 services: as many maps never read).
     */
    private Map<String, Use> portsInUse;
    private boolean portsKnown = true;

    /** An address taken by {@code first}. */
    public AddressSharing(Service first) {
        this.first = first;
    }

    public Service first() {
        return first;
    }

    /** Whether {@code next} may share the address with the services on it; a service that shares is added. */
    public Verdict admit(Service next) {
        Verdict verdict = keys(first, next);
        if (verdict.kind() != Kind.SHARES) {
            return verdict;
        }
        if (portsInUse == null) {
            portsInUse = new HashMap<>();
            use(first);
        }
        if (!portsKnown || next.unknown(Service.PORTS)) {
            return Verdict.UNKNOWN;
        }
        for (Service.Port port : next.details().ports()) {
            Use use = portsInUse.get(port.describe());
            if (use != null && use.service() != next) {
                return new Verdict(Kind.CONFLICTS, "both carry the allow-shared-ip key '"
                        + next.details().sharingKey().value() + "', but " + port.describe() + " is already used on"
                        + " the address by " + use.service().describe() + ": services that share an address use"
                        + " different ports", use.port(), use.service());
            }
        }
        use(next);
        return Verdict.SHARES;
    }

    private void use(Service service) {
        if (service.unknown(Service.PORTS)) {
            portsKnown = false;
        }
        for (Service.Port port : service.details().ports()) {
            portsInUse.putIfAbsent(port.describe(), new Use(service, port));
        }
    }

    /** MetalLB's {@code sharingOK}: the sharing keys and backend keys of the first service and the next. */
    static Verdict keys(Service first, Service next) {
        Located<String> firstKey = first.details().sharingKey();
        Located<String> nextKey = next.details().sharingKey();
        if (!first.details().shares() && !next.details().shares()) {
            return Verdict.conflict("neither carries a MetalLB allow-shared-ip annotation");
        }
        if (!first.details().shares()) {
            return Verdict.conflict(first.describe() + " carries no MetalLB allow-shared-ip annotation");
        }
        if (!next.details().shares()) {
            return Verdict.conflict(next.describe() + " carries no MetalLB allow-shared-ip annotation");
        }
        if (!firstKey.value().equals(nextKey.value())) {
            return Verdict.conflict("their allow-shared-ip keys differ ('" + nextKey.value() + "' here, '"
                    + firstKey.value() + "' there)");
        }
        String firstBackend = first.details().backend();
        String nextBackend = next.details().backend();
        if (firstBackend == null || nextBackend == null) {
            return Verdict.UNKNOWN;
        }
        if (!firstBackend.equals(nextBackend)) {
            return Verdict.conflict("both carry the allow-shared-ip key '" + nextKey.value() + "', but "
                    + (nextBackend.isEmpty() || firstBackend.isEmpty() ? "one has externalTrafficPolicy Local and"
                    + " the other not" : "with externalTrafficPolicy Local they select different pods ("
                    + nextBackend + " here, " + firstBackend + " there)")
                    + ": MetalLB shares an address only between services of the Cluster policy or that select"
                    + " the same pods");
        }
        return Verdict.SHARES;
    }
}

package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merging the services of a device's files grows linearly with their number: counted in comparisons of
 * namespace and name, never timed. A scan of the services known for each new one made 40,000 services
 * of one {@code kind: List} take half a minute.
 */
class ServiceMergeScalingTest {

    /** The comparisons to merge {@code n} services declared in the block and again, alike, in a manifest. */
    private static long comparisons(int n) {
        List<Service> block = services(n, "kubernetes.yaml");
        List<Service> manifest = services(n, "services.yaml");
        List<LoadProblem> problems = new ArrayList<>();
        ServiceIndex index = new ServiceIndex();
        Kubernetes base = new Kubernetes(null, null, null, List.of(), block, List.of());
        Kubernetes merged = DeviceLoader.add(base, List.of(new Kubernetes(null, null, null, List.of(), manifest,
                List.of())), problems, index);
        assertThat(merged.services()).hasSize(n);
        assertThat(problems).as("declared twice alike: no conflict").isEmpty();
        return index.comparisons();
    }

    private static List<Service> services(int n, String file) {
        List<Service> services = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Location at = new Location(file, i + 1, 3, "/items/" + i);
            services.add(new Service(at, new Located<>("svc-" + i, at), new Located<>("ns-" + (i % 7), at),
                    null, null, null));
        }
        return services;
    }

    @Test
    void fourTimesTheServicesIsAboutFourTimesTheComparisons() {
        long small = comparisons(10_000);
        long large = comparisons(40_000);

        assertThat(small).as("each service of the manifest is found once").isGreaterThanOrEqualTo(10_000);
        assertThat((double) large / small).as("linear: 4; a scan per service: 16").isLessThan(5.0);
    }

    @Test
    void aServiceDeclaredDifferentlyIsStillAConflictAndTheFirstIsKept() {
        Location first = new Location("kubernetes.yaml", 3, 5, "/kubernetes/services/0");
        Location later = new Location("web.yaml", 4, 9, "/spec/type");
        Service block = new Service(first, new Located<>("web", first), null, null, null, null);
        Service manifest = new Service(later, new Located<>("web", later), new Located<>("default", later),
                new Located<>("LoadBalancer", later), null, null);
        List<LoadProblem> problems = new ArrayList<>();

        Kubernetes merged = DeviceLoader.add(new Kubernetes(null, null, null, List.of(), List.of(block), List.of()),
                List.of(new Kubernetes(null, null, null, List.of(), List.of(manifest), List.of())), problems,
                new ServiceIndex());

        assertThat(merged.services()).containsExactly(block);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.CONFLICTING_DECLARATION);
            assertThat(p.message()).contains("type LoadBalancer (ClusterIP there)");
        });
    }
}

package dev.netlint.bench;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work after loading, on a device loaded once: the shared address plan and forwarding model, and
 * the whole rules phase of the engine (plan, every registered rule, suppressions, sorting), at 1k, 10k
 * and 100k routes to show how it scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesBenchmark {

    @Param({"1000", "10000", "100000"})
    public int routes;

    private Path dir;
    private DeviceInput input;
    private LoadedDevice loaded;
    private Engine engine;

    @Setup(Level.Trial)
    public void load() throws IOException {
        dir = Inputs.huge(routes);
        DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
        input = new DeviceFinder(paths, p -> false).find(List.of(dir)).get(0);
        loaded = new DeviceLoader(DeviceSettings.DEFAULT.limits(), paths::display).load(input);
        engine = new Engine(RuleRegistry.load(), paths);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Inputs.delete(dir);
    }

    /** The address plan and the forwarding model (route states and tries), which rules share. */
    @Benchmark
    public Forwarding planAndForwarding() {
        return Inputs.filled(new DeviceContext(loaded.device(), DeviceSettings.DEFAULT.profile())
                .forwarding());
    }

    @Benchmark
    public DeviceResult rules() {
        return engine.checkLoaded(input, loaded, DeviceSettings.DEFAULT);
    }
}

package dev.netlint.bench;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.result.Report;
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

/** Checking the tree of realistic devices, load and rules, devices in parallel. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TreeBenchmark {

    @Param({"1000"})
    public int devices;

    private Path dir;
    private List<DeviceInput> inputs;
    private Engine engine;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Inputs.tree(devices);
        DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
        inputs = new DeviceFinder(paths, p -> false).find(List.of(dir));
        engine = new Engine(RuleRegistry.load(), paths);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Inputs.delete(dir);
    }

    @Benchmark
    public Report check() {
        return engine.check(inputs, input -> DeviceSettings.DEFAULT);
    }
}

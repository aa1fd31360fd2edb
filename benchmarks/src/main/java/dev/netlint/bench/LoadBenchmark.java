package dev.netlint.bench;

import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
import dev.netlint.core.internal.load.source.LoadLimits;
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

/** Loading the huge device: read, decode, parse events, build the model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {

    @Param({"100000"})
    public int routes;

    private Path dir;
    private DeviceInput input;
    private DeviceLoader loader;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Inputs.huge(routes);
        DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
        input = new DeviceFinder(paths, p -> false).find(List.of(dir)).get(0);
        loader = new DeviceLoader(LoadLimits.DEFAULT, paths::display);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Inputs.delete(dir);
    }

    @Benchmark
    public LoadedDevice load() {
        return loader.load(input);
    }
}

package dev.netlint.core.internal.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Accepts findings one by one as the rules report them, before a rule's findings on a device are capped
 * (a baseline): each counted finding is passed on as it is or suppressed, so that the finding that
 * stands for those not listed counts exactly those not accepted.
 */
public interface FindingAcceptance {

    /**
     * What accepts the counted findings of one device, whose files are {@code sources} (by path, as the
     * findings name them). Called from several threads at once for a large device.
     */
    UnaryOperator<Finding> forDevice(Map<String, SourceFile> sources, LoadLimits limits);
}

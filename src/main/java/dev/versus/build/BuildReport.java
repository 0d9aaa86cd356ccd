package dev.versus.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a build did: pages and bytes written, and the time each stage took, in stage order.
 */
public record BuildReport(Path out, long pages, long comparisonPages, long bytes, Map<String, Duration> stageTimes) {

    public BuildReport {
        stageTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }

    public Duration total() {
        return stageTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "Built %,d pages (%,d comparisons, %,d bytes) into %s in %.1f s",
                pages, comparisonPages, bytes, out, total().toMillis() / 1000.0);
    }
}

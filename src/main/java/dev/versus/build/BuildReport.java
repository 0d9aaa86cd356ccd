package dev.versus.build;

import dev.versus.write.Changes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a build did: pages and bytes written, the wall time of each step in stage order, the
 * time the render threads spent rendering and writing, and the heap's peak.
 *
 * @param bytes bytes written to disk by this build (unchanged files are not written again)
 * @param rendered pages rendered; the others were unchanged and skipped
 * @param changes paths created, changed and deleted since the previous build
 * @param stageTimes wall time per stage; "render" is compiling the templates and "write" is the
 *     loop that renders each page and writes it at once, so its wall time includes rendering
 */
public record BuildReport(Path out, long pages, long comparisonPages, long bytes, Map<String, Duration> stageTimes,
        Duration renderThreadTime, Duration writeThreadTime, int threads, long peakHeapBytes, long rendered,
        Changes changes) {

    public BuildReport {
        stageTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }

    public Duration total() {
        return stageTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    public double pagesPerSecond() {
        return pages / Math.max(total().toNanos() / 1e9, 1e-9);
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "Built %,d pages (%,d comparisons) into %s in %.1f s: %,d created, %,d changed, %,d deleted, %,d bytes written",
                pages, comparisonPages, out, seconds(total()), changes.created().size(), changes.changed().size(),
                changes.deleted().size(), bytes);
    }

    /** The --stats table: one line per stage, then totals. */
    public String stats() {
        StringBuilder text = new StringBuilder();
        stageTimes.forEach((stage, time) -> text.append(String.format(Locale.ROOT, "  %-16s %8.2f s%n", stage, seconds(time))));
        text.append(String.format(Locale.ROOT, "    rendering pages %7.2f s of thread time (%d threads)%n",
                seconds(renderThreadTime), threads));
        text.append(String.format(Locale.ROOT, "    writing files   %7.2f s of thread time%n", seconds(writeThreadTime)));
        text.append(String.format(Locale.ROOT, "  %-16s %8.2f s%n", "total", seconds(total())));
        text.append(String.format(Locale.ROOT, "  pages            %,d (%,.0f pages/s), %,d rendered%n", pages,
                pagesPerSecond(), rendered));
        text.append(String.format(Locale.ROOT, "  bytes written    %,d%n", bytes));
        text.append(String.format(Locale.ROOT, "  peak heap        %,d MB%n", peakHeapBytes / (1024 * 1024)));
        return text.toString();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}

package dev.versus.write;

import dev.versus.plan.Page;
import dev.versus.plan.Routes;
import dev.versus.plan.SitePlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Renders and writes every planned page on {@code threads} threads into a staging folder, then
 * swaps it in for {@code out}. Each page is written as soon as it is rendered, so no more than a
 * few batches of pages are ever in memory.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /** Files and bytes written. */
    public record Result(long files, long bytes) {
    }

    public static Result write(SitePlan plan, Function<Page, byte[]> renderer, Path out, int threads)
            throws IOException, ParallelPages.PageFailure {
        try (StagedOutput output = StagedOutput.open(out)) {
            ParallelPages.forEach(plan.allPages().iterator(), threads,
                    page -> output.write(Routes.file(page.route()), renderer.apply(page)));
            output.commit();
            return new Result(output.filesWritten(), output.bytesWritten());
        }
    }
}

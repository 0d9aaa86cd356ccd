package dev.versus.write;

import dev.versus.plan.Page;
import dev.versus.plan.Routes;
import dev.versus.plan.SitePlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Renders and writes every planned page on {@code threads} threads into a staging folder, then
 * swaps it in for {@code out}. Each page is written as soon as it is rendered, so no more than a
 * few batches of pages are ever in memory.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /**
     * What was written, and the time the threads spent rendering and writing (summed over
     * threads, so with two threads each can approach twice the wall time).
     */
    public record Result(long files, long bytes, long renderNanos, long writeNanos) {
    }

    public static Result write(SitePlan plan, Function<Page, byte[]> renderer, Path out, int threads,
            Progress progress) throws IOException, ParallelPages.PageFailure {
        LongAdder renderNanos = new LongAdder();
        LongAdder writeNanos = new LongAdder();
        try (StagedOutput output = StagedOutput.open(out)) {
            progress.start(plan.pageCount());
            ParallelPages.forEach(plan.allPages().iterator(), threads, page -> {
                long start = System.nanoTime();
                byte[] bytes = renderer.apply(page);
                long rendered = System.nanoTime();
                output.write(Routes.file(page.route()), bytes);
                writeNanos.add(System.nanoTime() - rendered);
                renderNanos.add(rendered - start);
                progress.pageDone();
            });
            progress.close();
            long commitStart = System.nanoTime();
            output.commit();
            writeNanos.add(System.nanoTime() - commitStart);
            return new Result(output.filesWritten(), output.bytesWritten(), renderNanos.sum(), writeNanos.sum());
        } finally {
            progress.close();
        }
    }
}

package dev.versus.write;

import dev.versus.hash.Sha256;
import dev.versus.plan.Page;
import dev.versus.plan.Routes;
import dev.versus.plan.Shard;
import dev.versus.plan.ShardPlan;
import dev.versus.plan.SitePlan;
import dev.versus.render.PreparedPage;
import dev.versus.render.StreamedPage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Renders and writes every planned page on {@code threads} threads, each page written as soon as
 * it is rendered, so only a few batches of pages are ever in memory. Every build that changes
 * something is staged beside the folder and swapped in whole (see {@link StagedOutput}). Builds
 * after the first compare with the folder's manifest: a page whose input key is unchanged is not
 * rendered, a page whose bytes are unchanged is not written, and the unchanged files are
 * hard-linked into the new site at commit.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /**
     * What the build did. Thread times are summed over threads, so with two threads each can
     * approach twice the wall time.
     */
    public record Result(long files, long bytes, long rendered, long renderNanos, long writeNanos, Changes changes) {
    }

    /**
     * @param inputs digests of the build's inputs; "snapshot" may differ from the previous build's
     *     and page keys still hold, anything else changing means every page is rendered again
     */
    public static Result write(SitePlan plan, Function<Page, PreparedPage> pages, Path out, int threads,
            Progress progress, Map<String, String> inputs) throws IOException, ParallelPages.PageFailure {
        return write(ShardPlan.of(plan, Shard.WHOLE), pages, out, threads, progress, inputs);
    }

    /**
     * Writes one shard of the plan. Its manifest is {@link Manifest#path(Shard)}, and only the
     * files it lists are compared with, kept or deleted, so a shard never touches another's files.
     */
    public static Result write(ShardPlan plan, Function<Page, PreparedPage> pages, Path out, int threads,
            Progress progress, Map<String, String> inputs) throws IOException, ParallelPages.PageFailure {
        return write(plan, pages, out, threads, progress, inputs, new Cancellation());
    }

    /**
     * As above; {@code cancellation} stops the build between pages, leaving the output as it was.
     * A build that changes no file writes nothing, except the manifest when its inputs changed.
     */
    public static Result write(ShardPlan plan, Function<Page, PreparedPage> pages, Path out, int threads,
            Progress progress, Map<String, String> inputs, Cancellation cancellation)
            throws IOException, ParallelPages.PageFailure {
        return write(plan, pages, out, threads, progress, inputs, cancellation,
                ManifestFile.readIfPresent(out, Manifest.path(plan.shard())));
    }

    /**
     * As above, against {@code previous}, the manifest {@link Manifest#path} of {@code out} as
     * {@link ManifestFile#readIfPresent} read it (null if none), so that a build can read it
     * while it loads the site.
     */
    public static Result write(ShardPlan plan, Function<Page, PreparedPage> pages, Path out, int threads,
            Progress progress, Map<String, String> inputs, Cancellation cancellation, Manifest previous)
            throws IOException, ParallelPages.PageFailure {
        String manifestPath = Manifest.path(plan.shard());
        // Page keys cover the snapshot's records and the messages each kind of page shows.
        boolean trustKeys = previous != null && previous.sameBuildInputs(inputs, "snapshot", "messages");
        Run run = new Run(previous, trustKeys, out);
        try (StagedOutput output = StagedOutput.open(out, previous != null, cancellation, threads)) {
            progress.start(plan.pageCount());
            ParallelPages.forEach(plan.pages().iterator(), threads, page -> {
                cancellation.throwIfCancelled();
                run.build(page, pages.apply(page), output);
                progress.pageDone();
            });
            progress.close();
            long commitStart = System.nanoTime();
            Set<String> deleted = run.deleted();
            Changes changes = run.changes(deleted);
            cancellation.throwIfCancelled();
            Manifest manifest = new Manifest(inputs, run.produced, plan.comparisonCount());
            if (previous == null || !changes.isEmpty()) {
                output.commit(manifest, manifestPath, deleted);
            } else if (!previous.inputs().equals(inputs) || previous.comparisons() != manifest.comparisons()) {
                output.replaceManifest(manifest, manifestPath);
            }
            run.writeNanos.add(System.nanoTime() - commitStart);
            return new Result(run.produced.size(), output.bytesWritten(), run.rendered.sum(), run.renderNanos.sum(),
                    run.writeNanos.sum(), changes);
        } finally {
            progress.close();
        }
    }

    /** The state of one build, shared by its threads. */
    private static final class Run {
        final Manifest previous;
        final boolean trustKeys;
        final Path out;
        final Map<String, Manifest.Entry> produced = new ConcurrentHashMap<>();
        /** Paths created and changed since the previous build; empty on a first build. */
        final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> changed = new ConcurrentLinkedQueue<>();
        final LongAdder rendered = new LongAdder();
        final LongAdder renderNanos = new LongAdder();
        final LongAdder writeNanos = new LongAdder();

        Run(Manifest previous, boolean trustKeys, Path out) {
            this.previous = previous;
            this.trustKeys = trustKeys;
            this.out = out;
        }

        void build(Page page, PreparedPage prepared, StagedOutput output) {
            String path = Routes.file(page.route());
            Manifest.Entry before = previous == null ? null : previous.files().get(path);
            long start = System.nanoTime();
            byte[] key = prepared.inputKey();
            if (trustKeys && before != null && key != null && Arrays.equals(key, before.inputKey()) && inPlace(path, before)) {
                produced.put(path, before);
                renderNanos.add(System.nanoTime() - start);
                return;
            }
            if (prepared instanceof StreamedPage streamed) {
                buildStreamed(path, before, key, streamed, output, start);
                return;
            }
            byte[] bytes = prepared.render();
            rendered.increment();
            Manifest.Entry entry = new Manifest.Entry(bytes.length, Sha256.of(bytes), key);
            long renderedAt = System.nanoTime();
            renderNanos.add(renderedAt - start);
            produced.put(path, entry);
            if (entry.sameBytes(before) && inPlace(path, before)) {
                return;
            }
            output.write(path, bytes);
            if (previous != null) {
                (before == null ? created : changed).add(path);
            }
            writeNanos.add(System.nanoTime() - renderedAt);
        }

        /**
         * A page too large to hold is written to a scratch file beside the output, digested on the
         * way, then moved in, or dropped if its bytes are unchanged.
         */
        private void buildStreamed(String path, Manifest.Entry before, byte[] key, StreamedPage page, StagedOutput output,
                long start) {
            Path scratch = null;
            try {
                scratch = output.newScratchFile();
                DigestingStream digesting = new DigestingStream(Files.newOutputStream(scratch));
                try (OutputStream out = new BufferedOutputStream(digesting, 64 * 1024)) {
                    page.writeTo(out);
                }
                rendered.increment();
                Manifest.Entry entry = new Manifest.Entry(digesting.size(), digesting.sha256(), key);
                renderNanos.add(System.nanoTime() - start);
                produced.put(path, entry);
                if (entry.sameBytes(before) && inPlace(path, before)) {
                    return;
                }
                output.move(path, scratch, entry.size());
                if (previous != null) {
                    (before == null ? created : changed).add(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(output.failure("writing " + path, e));
            } finally {
                deleteQuietly(scratch);
            }
        }

        private static void deleteQuietly(Path file) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // A leftover scratch file beside the output is harmless; the build's outcome is not.
            }
        }

        /** See {@link UnchangedSite#inPlace}. */
        private boolean inPlace(String path, Manifest.Entry recorded) {
            return UnchangedSite.inPlace(out, path, recorded.size());
        }

        Set<String> deleted() {
            Set<String> deleted = new TreeSet<>();
            if (previous != null) {
                for (String path : previous.files().keySet()) {
                    if (!produced.containsKey(path)) {
                        deleted.add(path);
                    }
                }
            }
            return deleted;
        }

        /** On a first build every file is created; only later builds track paths one by one. */
        Changes changes(Set<String> deleted) {
            if (previous == null) {
                return new Changes(produced.keySet().stream().toList(), java.util.List.of(), java.util.List.of());
            }
            return new Changes(created.stream().toList(), changed.stream().toList(), deleted.stream().toList());
        }
    }
}

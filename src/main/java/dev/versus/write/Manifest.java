package dev.versus.write;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build wrote, kept in {@code .versus/manifest.json} of the output (one per shard for a
 * sharded build, see {@link #path}): every file's size and
 * SHA-256, the key of the inputs each page was made from, and digests of the build's inputs as a
 * whole. The next build compares against it to rewrite only what changed.
 *
 * @param inputs name to hex digest of each input of the build (snapshot, templates, content, messages,
 *     options, Versus's version), sorted by name
 * @param files path relative to the output folder to its entry, sorted by path
 * @param comparisons how many of the files are comparison pages, for the report of a build that
 *     finds nothing changed and so plans no pages; -1 when not known (manifests of older builds)
 */
public record Manifest(Map<String, String> inputs, Map<String, Entry> files, long comparisons) {

    public static final String PATH = ".versus/manifest.json";

    /** The manifest of no build: against it, every file is created. */
    public static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

    public Manifest {
        inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** A manifest that does not say how many comparisons it lists. */
    public Manifest(Map<String, String> inputs, Map<String, Entry> files) {
        this(inputs, files, -1);
    }

    /**
     * One file.
     *
     * @param inputKey digest of the page's inputs, or null for files whose renderer gives none
     */
    public record Entry(long size, byte[] sha256, byte[] inputKey) {

        public boolean sameBytes(Entry other) {
            return other != null && size == other.size && java.util.Arrays.equals(sha256, other.sha256);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && sameBytes(e) && java.util.Arrays.equals(inputKey, e.inputKey);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(sha256);
        }
    }

    /** Whether the rest of the build was made from the same inputs, so page keys can be trusted. */
    public boolean sameBuildInputs(Map<String, String> otherInputs, String... except) {
        Map<String, String> mine = new TreeMap<>(inputs);
        Map<String, String> theirs = new TreeMap<>(otherInputs);
        for (String name : except) {
            mine.remove(name);
            theirs.remove(name);
        }
        return mine.equals(theirs);
    }

    /**
     * Where a build of {@code shard} keeps its manifest: {@link #PATH} for the whole site,
     * {@code .versus/manifest-k-of-N.json} for shard k of N, so that shards copied into one
     * folder keep theirs apart.
     */
    public static String path(dev.versus.plan.Shard shard) {
        return shard.isWhole() ? PATH : ".versus/manifest-" + shard.index() + "-of-" + shard.count() + ".json";
    }
}

package dev.versus.serve;

import dev.versus.hash.Fnv1a;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

/**
 * The site's redirect map, {@code _redirects} at its root (Netlify's format: one
 * {@code FROM TO [STATUS]} a line, {@code #} comments; the status defaults to 301). Only exact
 * paths are kept: lines with splats ({@code *}), placeholders ({@code :name}), conditions, or a
 * status that is not a redirect (200 rewrites, 404) are skipped. "/a" and "/a/" are the same
 * source, as on Netlify, and the first line for a source wins.
 *
 * <p>The build writes a line for every comparison in its other order, so the map has as many
 * lines as there are pairs; only a hash and the file offset of each line are held (16 bytes a
 * line), and the line itself is read again when a request's hash matches.
 */
final class Redirects {
    static final String FILE = "_redirects";
    static final Redirects NONE = new Redirects(null, new long[0], new long[0]);
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_LINE = 8192;

    /** Where a path goes, and with which status. */
    record Target(String location, int status) {
    }

    /** One usable line: its normalized source and its target. */
    private record Rule(String from, Target target) {
    }

    private final Path file;
    /** Hashes of the normalized sources, sorted; offsets[i] is where the line of hashes[i] starts. */
    private final long[] hashes;
    private final long[] offsets;

    private Redirects(Path file, long[] hashes, long[] offsets) {
        this.file = file;
        this.hashes = hashes;
        this.offsets = offsets;
    }

    /** The map of the site folder, or none when it has no (readable) {@code _redirects}. */
    static Redirects read(Path siteRoot) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return index(file);
        } catch (IOException | RuntimeException e) {
            System.err.println("versus serve: ignoring " + file + ": " + e.getMessage());
            return NONE;
        }
    }

    private static Redirects index(Path file) throws IOException {
        long[] hashes = new long[1024];
        long[] offsets = new long[1024];
        int count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long lineStart = 0;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    Rule rule = parse(line.toString(StandardCharsets.UTF_8));
                    if (rule != null) {
                        if (count == hashes.length) {
                            hashes = Arrays.copyOf(hashes, count * 2);
                            offsets = Arrays.copyOf(offsets, count * 2);
                        }
                        hashes[count] = hash(rule.from());
                        offsets[count] = lineStart;
                        count++;
                    }
                    if (b < 0) {
                        break;
                    }
                    line.reset();
                    lineStart = offset + 1;
                } else if (line.size() < MAX_LINE) {
                    line.write(b);
                }
                offset++;
            }
        }
        return sorted(file, hashes, offsets, count);
    }

    /** Sorts by hash, then by offset, so that among equal sources the first line is found first. */
    private static Redirects sorted(Path file, long[] hashes, long[] offsets, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        long[] h = hashes;
        long[] o = offsets;
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> h[i]).thenComparingLong(i -> o[i]));
        long[] sortedHashes = new long[count];
        long[] sortedOffsets = new long[count];
        for (int i = 0; i < count; i++) {
            sortedHashes[i] = h[order[i]];
            sortedOffsets[i] = o[order[i]];
        }
        return new Redirects(file, sortedHashes, sortedOffsets);
    }

    /** The redirect of a decoded request path, or null. */
    Target find(String path) {
        String from = normalize(path);
        long hash = hash(from);
        int i = firstIndexOf(hash);
        if (i < 0 || file == null) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (; i < hashes.length && hashes[i] == hash; i++) {
                Rule rule = parse(lineAt(channel, offsets[i]));
                if (rule != null && rule.from().equals(from)) {
                    return rule.target();
                }
            }
        } catch (IOException e) {
            // Replaced by a rebuild since it was read; the next read of the map will see it.
        }
        return null;
    }

    int size() {
        return hashes.length;
    }

    private int firstIndexOf(long hash) {
        int i = Arrays.binarySearch(hashes, hash);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && hashes[i - 1] == hash) {
            i--;
        }
        return i;
    }

    private static String lineAt(FileChannel channel, long offset) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_LINE);
        channel.read(buffer, offset);
        buffer.flip();
        int end = 0;
        while (end < buffer.limit() && buffer.get(end) != '\n') {
            end++;
        }
        return new String(buffer.array(), 0, end, StandardCharsets.UTF_8);
    }

    /** A line as a rule, or null when it is blank, a comment, or not an exact redirect. */
    private static Rule parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        String[] fields = text.split("\\s+");
        if (fields.length < 2 || fields.length > 3 || !fields[0].startsWith("/") || isPattern(fields[0])) {
            return null;
        }
        Integer status = fields.length == 3 ? status(fields[2]) : Integer.valueOf(301);
        if (status == null || !REDIRECT_STATUSES.contains(status)) {
            return null;
        }
        return new Rule(normalize(fields[0]), new Target(fields[1], status));
    }

    private static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** 64-bit FNV-1a of the UTF-8 bytes; collisions are told apart by reading the line. */
    private static long hash(String text) {
        return Fnv1a.utf8(text);
    }

    private static boolean isPattern(String from) {
        return from.contains("*") || from.contains("/:");
    }

    /** "301" or "301!" (forced), else null. */
    private static Integer status(String field) {
        String digits = field.endsWith("!") ? field.substring(0, field.length() - 1) : field;
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

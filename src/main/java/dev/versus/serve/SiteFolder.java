package dev.versus.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The output folder as the server sees it: which file a request path names, and that file's
 * bytes and ETag. Every file is checked by its real path, after symlinks, to lie inside the
 * folder and outside its hidden parts, so a symlink cannot lead out of the site.
 */
final class SiteFolder {
    /** Files up to this size are read whole (and may get the reload script); larger ones are streamed. */
    static final long READ_WHOLE_LIMIT = 32L << 20;
    private static final int ETAG_CACHE_SIZE = 20_000;

    private static final int SWAP_WAIT_MILLIS = 2000;
    private final Path root;
    private final Path realRoot;
    private final Map<Path, CachedTag> tags = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, CachedTag> eldest) {
            return size() > ETAG_CACHE_SIZE;
        }
    };

    /** What a path in the site names. */
    sealed interface Lookup permits Found, AddSlash, Missing {
    }

    /** A regular file inside the site. */
    record Found(Path file) implements Lookup {
    }

    /** A folder with an index.html asked for without its trailing slash. */
    record AddSlash() implements Lookup {
    }

    record Missing() implements Lookup {
    }

    /**
     * A file's content (whole, or null when it is to be streamed), size and strong ETag. For a
     * file read whole the ETag is its SHA-256, the digest the build's manifest records too.
     */
    record Content(Path file, byte[] bytes, long size, String etag) {
    }

    private record CachedTag(Object fileKey, long size, FileTime modified, String etag) {
        boolean matches(BasicFileAttributes attributes) {
            return Objects.equals(fileKey, attributes.fileKey()) && size == attributes.size()
                    && modified.equals(attributes.lastModifiedTime());
        }
    }

    SiteFolder(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    Path root() {
        return root;
    }

    Lookup find(RequestPaths.Site request) {
        awaitSwap();
        Path path = root;
        for (String segment : request.segments()) {
            path = path.resolve(segment);
        }
        if (!path.normalize().startsWith(root)) {
            return new Missing();
        }
        if (request.trailingSlash()) {
            return inside(path.resolve("index.html")) ? new Found(path.resolve("index.html")) : new Missing();
        }
        if (inside(path)) {
            return new Found(path);
        }
        return Files.isDirectory(path) && inside(path.resolve("index.html")) ? new AddSlash() : new Missing();
    }

    /**
     * A rebuild swaps the new site in by two renames, between which the folder is briefly absent:
     * a request arriving then waits for the new site rather than getting a 404.
     */
    private void awaitSwap() {
        for (int waited = 0; waited < SWAP_WAIT_MILLIS && !Files.isDirectory(root); waited += 5) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether the path is a regular file whose real path is in the site and not hidden. */
    private boolean inside(Path path) {
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(realRoot) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            for (Path segment : realRoot.relativize(real)) {
                String name = segment.toString();
                if (name.startsWith(".") && !name.equals(".well-known") || name.equals(Redirects.FILE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The file's content; throws NoSuchFileException when it went away since it was found. */
    Content read(Path file) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        if (before.size() > READ_WHOLE_LIMIT) {
            String etag = "\"" + Long.toHexString(before.size()) + "-" + Long.toHexString(before.lastModifiedTime().toMillis()) + "\"";
            return new Content(file, null, before.size(), etag);
        }
        byte[] bytes = Files.readAllBytes(file);
        CachedTag cached;
        synchronized (tags) {
            cached = tags.get(file);
        }
        if (cached != null && cached.matches(before) && bytes.length == before.size()) {
            return new Content(file, bytes, bytes.length, cached.etag());
        }
        String etag = "\"" + dev.versus.hash.Sha256.hex(dev.versus.hash.Sha256.of(bytes)) + "\"";
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        CachedTag tag = new CachedTag(before.fileKey(), before.size(), before.lastModifiedTime(), etag);
        if (tag.matches(after) && bytes.length == after.size()) {
            synchronized (tags) {
                tags.put(file, tag);
            }
        }
        return new Content(file, bytes, bytes.length, etag);
    }
}

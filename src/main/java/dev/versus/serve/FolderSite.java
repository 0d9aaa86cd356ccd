package dev.versus.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A built site folder served exactly as it is: the redirect map first, then the file the path
 * names (a folder's index.html for "/a/", a 301 to "/a/" for "/a"). The redirect map is read
 * again when {@code _redirects} changes, so a build into the folder while it is served is seen.
 */
final class FolderSite implements ServedSite {
    private static final String NOT_FOUND_PAGE = "/404.html";

    private final SiteFolder folder;
    private volatile RedirectsFile redirects = new RedirectsFile(null, -1, Redirects.NONE);

    private record RedirectsFile(FileTime modified, long size, Redirects map) {
    }

    FolderSite(Path root) throws IOException {
        this.folder = new SiteFolder(root);
    }

    Path root() {
        return folder.root();
    }

    @Override
    public Answer answer(RequestPaths.Site path) {
        Redirects.Target redirect = redirects().find(path.path());
        if (redirect != null) {
            return new Answer.Redirect(redirect.status(), redirect.location());
        }
        SiteFolder.Lookup lookup = folder.find(path);
        if (lookup instanceof SiteFolder.Found found) {
            return read(found.file());
        }
        return lookup instanceof SiteFolder.AddSlash ? new Answer.AddSlash() : new Answer.Missing();
    }

    @Override
    public Answer notFoundPage() {
        RequestPaths.Result page = RequestPaths.parse(NOT_FOUND_PAGE);
        if (page instanceof RequestPaths.Site site && folder.find(site) instanceof SiteFolder.Found found) {
            return read(found.file());
        }
        return new Answer.Missing();
    }

    private Answer read(Path file) {
        try {
            SiteFolder.Content content = folder.read(file);
            String type = ContentTypes.of(file.getFileName().toString());
            return content.bytes() == null ? new Answer.LargeFile(file, content.size(), content.etag(), type)
                    : new Answer.Body(content.bytes(), content.etag(), type);
        } catch (NoSuchFileException e) {
            // Deleted by a rebuild between finding and reading it.
            return new Answer.Missing();
        } catch (IOException e) {
            return new Answer.Failed("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The redirect map, read again when its file changed since it was last read. */
    private Redirects redirects() {
        Path file = folder.root().resolve(Redirects.FILE);
        FileTime modified = null;
        long size = -1;
        try {
            java.nio.file.attribute.BasicFileAttributes attributes =
                    Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            modified = attributes.lastModifiedTime();
            size = attributes.size();
        } catch (IOException e) {
            // No map (or none readable): Redirects.read says NONE too.
        }
        RedirectsFile known = redirects;
        if (known.size() == size && java.util.Objects.equals(known.modified(), modified)) {
            return known.map();
        }
        RedirectsFile fresh = new RedirectsFile(modified, size, Redirects.read(folder.root()));
        redirects = fresh;
        return fresh.map();
    }
}

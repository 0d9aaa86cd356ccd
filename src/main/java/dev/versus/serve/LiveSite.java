package dev.versus.serve;

import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.LoadedSite;
import dev.versus.hash.Sha256;
import dev.versus.plan.HostFiles;
import dev.versus.plan.Page;
import dev.versus.render.PreparedPage;
import dev.versus.render.freemarker.RenderException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The site rendered on request: its inputs are loaded, compared and planned once (what every
 * page shares), and a page is rendered when it is asked for, then kept in a bounded cache with
 * the key of its inputs. After an edit only the changed part is loaded again; a cached page
 * whose inputs (its view, or its template and what that imports) are unchanged is served as it
 * is, any other rendered again. The bytes are the ones {@code build} writes for the same file.
 *
 * <p>A load that fails keeps the last good inputs in use, and a page that fails to render keeps
 * its last good version served; either way the message, {@code file:line:col} first, goes to
 * the terminal and over the open pages.
 */
final class LiveSite implements ServedSite {
    private final BuildOptions options;
    private final PageCache cache;
    private final PrintStream log;
    /** The site's templates folder, to name a template in messages as the person knows it; null when bundled. */
    private final Path templatesFolder;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final CountDownLatch firstPage = new CountDownLatch(1);
    private volatile Generation current;
    /** The message of the latest load if it failed, else null. */
    private volatile String failure;
    private volatile BuildFailure.Kind failureKind;
    /** The last message printed for a page that failed, so a page asked for again does not repeat it. */
    private volatile String lastPrinted;
    private volatile LiveReload live;
    private long loads;
    private final java.util.concurrent.atomic.LongAdder renders = new java.util.concurrent.atomic.LongAdder();

    /** The site as one load made it, with what the server needs to find and key its pages. */
    private record Generation(LoadedSite site, long number, PageIndex index, TemplateDigests templates) {
    }

    /** A page rendered or taken from the cache, and the message if rendering it failed. */
    private record Rendered(Answer answer, String error) {
    }

    LiveSite(BuildOptions options, long cacheBytes, Path templatesFolder, PrintStream log) {
        this.options = options;
        this.cache = new PageCache(cacheBytes);
        this.templatesFolder = templatesFolder;
        this.log = log;
    }

    /** Where reload and error events go; null for none. */
    void tell(LiveReload reload) {
        this.live = reload;
    }

    /**
     * Loads the inputs again: all of them the first time and after a failed first load, else
     * only the parts given. A failed load leaves the last good one in use.
     *
     * @return whether the site loaded; if not, {@link #failure()} says why
     */
    synchronized boolean load(Set<LoadedSite.Part> changed) {
        try {
            Generation before = current;
            LoadedSite site = before == null ? LoadedSite.load(options) : before.site().reload(changed);
            // Templates unchanged since the last load keep their digests: nothing to read again.
            TemplateDigests templates = before != null && !changed.contains(LoadedSite.Part.TEMPLATES)
                    ? before.templates() : TemplateDigests.read(site.sources().templateLayers());
            current = new Generation(site, ++loads, PageIndex.of(site.plan(), options.site().redirects()), templates);
            failure = null;
            failureKind = null;
            return true;
        } catch (BuildFailure e) {
            failure = BuildErrors.describe(e, templatesFolder);
            failureKind = e.kind();
            if (e.kind() == BuildFailure.Kind.BUG) {
                e.printStackTrace(log);
            }
            return false;
        } catch (IOException e) {
            failure = "cannot read the templates: " + e.getMessage();
            failureKind = BuildFailure.Kind.INVALID_INPUT;
            return false;
        } finally {
            loaded.countDown();
        }
    }

    /** Whose fault the latest load's failure is, or null when it loaded. */
    BuildFailure.Kind failureKind() {
        return failureKind;
    }

    /** The message of the latest load if it failed, else null. */
    String failure() {
        return failure;
    }

    /** The site as last loaded, or null before the first good load. */
    LoadedSite site() {
        Generation generation = current;
        return generation == null ? null : generation.site();
    }

    /** Runs {@code then} on another thread once a page was rendered, or after {@code atMostMillis}. */
    void afterFirstPage(Runnable then, long atMostMillis) {
        Thread waiting = new Thread(() -> {
            try {
                firstPage.await(atMostMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.run();
        }, "versus-first-page");
        waiting.setDaemon(true);
        waiting.start();
    }

    /** How many files were rendered rather than taken from the cache, since the server started. */
    long renders() {
        return renders.sum();
    }

    /**
     * The file the build writes at {@code file} ("robots.txt", "compare/a-vs-b/index.html"), as
     * served, or Missing; hidden files such as {@code _redirects} too, which requests never reach.
     */
    Answer file(String file) {
        Generation generation = awaitFirstLoad();
        Page page = generation == null ? null : generation.index().find(file);
        return page == null ? new Answer.Missing() : reported(render(generation, page, file));
    }

    long cachedBytes() {
        return cache.bytes();
    }

    int cachedFiles() {
        return cache.size();
    }

    @Override
    public Answer answer(RequestPaths.Site path) {
        Generation generation = awaitFirstLoad();
        if (generation == null) {
            String message = failure;
            return message == null ? new Answer.Missing() : new Answer.Failed(message);
        }
        String file = fileOf(path);
        Page page = generation.index().find(file);
        if (page != null) {
            return reported(render(generation, page, file));
        }
        String target = generation.index().redirect(path.path());
        if (target != null) {
            return new Answer.Redirect(301, target);
        }
        if (!path.trailingSlash() && generation.index().find(file + "/index.html") != null) {
            return new Answer.AddSlash();
        }
        return new Answer.Missing();
    }

    @Override
    public Answer notFoundPage() {
        Generation generation = awaitFirstLoad();
        Page page = generation == null ? null : generation.index().find(new HostFiles.NotFound().route());
        return page == null ? new Answer.Missing() : reported(render(generation, page, page.route()));
    }

    /**
     * Renders the pages open in browsers before they are told to reload, so that the reload is
     * served from the cache and a template that fails on one of them is reported now.
     *
     * @param paths request paths ("/compare/a-vs-b/")
     * @return the first failure's message, or null
     */
    String renderOpenPages(Collection<String> paths) {
        Generation generation = current;
        if (generation == null) {
            return failure;
        }
        String error = null;
        for (String path : paths) {
            if (RequestPaths.parse(path) instanceof RequestPaths.Site site) {
                String file = fileOf(site);
                Page page = generation.index().find(file);
                Rendered rendered = page == null ? null : render(generation, page, file);
                if (rendered != null && rendered.error() != null && error == null) {
                    error = rendered.error();
                }
            }
        }
        return error;
    }

    /** The file a request path names: "compare/a-vs-b/index.html" for "/compare/a-vs-b/". */
    static String fileOf(RequestPaths.Site path) {
        String joined = String.join("/", path.segments());
        if (!path.trailingSlash()) {
            return joined;
        }
        return joined.isEmpty() ? "index.html" : joined + "/index.html";
    }

    private Generation awaitFirstLoad() {
        try {
            loaded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return current;
    }

    private Rendered render(Generation generation, Page page, String file) {
        PageCache.Entry cached = cache.get(file);
        try {
            PreparedPage prepared = generation.site().renderer().apply(page);
            byte[] key = key(generation, page, prepared);
            if (cached != null && Arrays.equals(cached.key(), key)) {
                return new Rendered(cached.body(), null);
            }
            Answer.Body body = Answer.body(prepared.render(), file);
            renders.increment();
            firstPage.countDown();
            cache.put(file, new PageCache.Entry(key, body));
            return new Rendered(body, null);
        } catch (RenderException e) {
            return new Rendered(cached != null ? cached.body() : new Answer.Failed(e.getMessage()), e.getMessage());
        } catch (RuntimeException e) {
            // A bug of ours, not the template's: the trace is for the report.
            e.printStackTrace(log);
            String message = "a bug of Versus while rendering " + file + ": " + e
                    + "\nPlease report it with the trace printed in the terminal.";
            return new Rendered(cached != null ? cached.body() : new Answer.Failed(message), message);
        }
    }

    /** The answer, with a failure told to the terminal (once in a row) and to the open pages. */
    private Answer reported(Rendered rendered) {
        String error = rendered.error();
        if (error != null) {
            if (!error.equals(lastPrinted)) {
                lastPrinted = error;
                log.println("versus serve: a page failed; its last good version, if any, is served.");
                log.println(error);
            }
            LiveReload reload = live;
            if (reload != null) {
                reload.buildFailed(error);
            }
        } else if (lastPrinted != null && !(rendered.answer() instanceof Answer.Failed)) {
            lastPrinted = null;
        }
        return rendered.answer();
    }

    /**
     * The cache key of a page: its input key with the digest of its template and every template
     * that template uses. A page without an input key is kept only until the next load.
     */
    private static byte[] key(Generation generation, Page page, PreparedPage prepared) {
        MessageDigest digest = Sha256.newDigest();
        byte[] inputs = prepared.inputKey();
        if (inputs == null) {
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(generation.number()).array());
            return digest.digest();
        }
        digest.update(inputs);
        String template = generation.site().renderer().templateOf(page);
        if (template != null) {
            digest.update(generation.templates().digest(template));
        }
        return digest.digest();
    }
}

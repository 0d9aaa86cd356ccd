package dev.versus.render.freemarker;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's FreeMarker templates, compiled once per build and shared by the render threads
 * (FreeMarker's Template is thread-safe for processing). Views are records; with
 * incompatible improvements 2.3.33 and up, {@code view.title} reads the record component, and
 * {@link RecordObjectWrapper} makes that read cheap.
 */
public final class Templates {
    private final Configuration configuration;
    private final PathTemplateLoader loader;

    private Templates(Configuration configuration, PathTemplateLoader loader) {
        this.configuration = configuration;
        this.loader = loader;
    }

    public static Templates from(Path folder) {
        return from(List.of(folder));
    }

    /** Templates looked up in each folder in turn: the site's overrides first, then the built-ins. */
    public static Templates from(List<Path> layers) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        PathTemplateLoader loader = new PathTemplateLoader(layers);
        cfg.setTemplateLoader(loader);
        // Each template is read once and kept: FreeMarker would otherwise look at the files again
        // every five seconds (and re-read any its soft cache let go), so a template saved during
        // a build would give some pages the old version and some the new. A template edit makes
        // new Templates: the next build, or the preview server's next reload.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setCacheStorage(new freemarker.cache.StrongCacheStorage());
        // Columns in messages count characters, as editors do, not tabs as 8.
        cfg.setTabSize(1);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Views are records: let templates write view.title for view.title().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(new RecordObjectWrapper(wrapper));
        return new Templates(cfg, loader);
    }

    /**
     * Loads and compiles a template, failing now rather than on the first page that uses it.
     *
     * @throws RenderException when the template is missing, not UTF-8 or has a syntax error (the
     *     user's input is at fault)
     */
    public Template get(String name) throws IOException {
        Template template = find(name);
        if (template == null) {
            throw new RenderException(displayName(name) + " does not exist; every templates folder needs " + name,
                    null);
        }
        return template;
    }

    /** The template, or null when the templates folder has no file of that name. */
    public Template find(String name) throws IOException {
        try {
            return configuration.getTemplate(name, null, null, null, true, true);
        } catch (IOException e) {
            if (TemplateErrors.blamesTemplate(e)) {
                throw TemplateErrors.describe(e, name, loader);
            }
            throw e;
        }
    }

    /** The template's file as the user would name it, for messages: "templates/page.ftlh". */
    public String displayName(String name) {
        return loader.displayName(name);
    }

    private static final ThreadLocal<Utf8Buffer> BUFFER = ThreadLocal.withInitial(Utf8Buffer::new);

    /** Renders a view as UTF-8 bytes, ready to write, through this thread's reused buffer. */
    public static byte[] renderBytes(Template template, Object view) {
        return renderBytes(template, view, null);
    }

    /** Renders a view, with {@code t} the messages of the page's language (null for none). */
    public static byte[] renderBytes(Template template, Object view, MessageMethod t) {
        Utf8Buffer out = BUFFER.get();
        out.reset();
        process(template, view, t, out);
        return out.toByteArray();
    }

    /** Renders a view with a compiled template; the view is exposed to it as {@code page}. */
    public static String render(Template template, Object view) {
        return render(template, view, null);
    }

    /** Renders a view, with {@code t} the messages of the page's language (null for none). */
    public static String render(Template template, Object view, MessageMethod t) {
        StringWriter out = new StringWriter(16 * 1024);
        process(template, view, t, out);
        return out.toString();
    }

    /** {@code cached} for a page without a language: it keeps nothing, so each page renders its own. */
    private static final CachedDirective UNCACHED = new CachedDirective(0);

    private static void process(Template template, Object view, MessageMethod t, java.io.Writer out) {
        try {
            template.process(t == null ? Map.of("page", view, "cached", UNCACHED)
                    : Map.of("page", view, "t", t, "cached", t.cached()), out);
        } catch (TemplateException | IOException e) {
            throw TemplateErrors.describe(e, template.getName(),
                    (PathTemplateLoader) template.getConfiguration().getTemplateLoader());
        }
    }
}

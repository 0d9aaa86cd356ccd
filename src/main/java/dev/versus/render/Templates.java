package dev.versus.render;

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

    private Templates(Configuration configuration) {
        this.configuration = configuration;
    }

    public static Templates from(Path folder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new PathTemplateLoader(folder));
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
        return new Templates(cfg);
    }

    /**
     * Loads and compiles a template, failing now rather than on the first page that uses it.
     *
     * @throws RenderException when the template has a syntax error (the user's input is at fault)
     */
    public Template get(String name) throws IOException {
        try {
            return configuration.getTemplate(name);
        } catch (freemarker.core.ParseException e) {
            throw new RenderException(e.getMessage(), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException("template " + name + " is missing from the templates folder", e);
        }
    }

    private static final ThreadLocal<Utf8Buffer> BUFFER = ThreadLocal.withInitial(Utf8Buffer::new);

    /** Renders a view as UTF-8 bytes, ready to write, through this thread's reused buffer. */
    public static byte[] renderBytes(Template template, Object view) {
        Utf8Buffer out = BUFFER.get();
        out.reset();
        process(template, view, out);
        return out.toByteArray();
    }

    /** Renders a view with a compiled template; the view is exposed to it as {@code page}. */
    public static String render(Template template, Object view) {
        StringWriter out = new StringWriter(16 * 1024);
        process(template, view, out);
        return out.toString();
    }

    private static void process(Template template, Object view, java.io.Writer out) {
        try {
            template.process(Map.of("page", view), out);
        } catch (TemplateException | IOException e) {
            throw new RenderException(template.getName() + ": " + e.getMessage(), e);
        }
    }
}

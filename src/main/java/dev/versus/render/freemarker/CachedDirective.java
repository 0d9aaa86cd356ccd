package dev.versus.render.freemarker;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <@cached key="awards " + side.href>…</@cached>} in the templates: the body is rendered on
 * the first page that reaches it with that key, and its markup repeated on every later page of the
 * same language in the build, as Hugo's {@code partialCached}. It is for what many pages show alike,
 * such as a technology's awards on each of its N-1 comparisons: the key must name everything the
 * body shows, or later pages show the first page's text. Nothing is kept from one build to the next.
 *
 * <p>At most {@link #MAX_FRAGMENTS} keys per language are kept; past that, bodies are rendered every
 * time, so a key that names a page's own figures costs memory only up to that bound.
 */
public final class CachedDirective implements TemplateDirectiveModel {
    static final int MAX_FRAGMENTS = 100_000;

    private final Map<String, String> fragments = new ConcurrentHashMap<>();
    private final int maxFragments;

    public CachedDirective() {
        this(MAX_FRAGMENTS);
    }

    CachedDirective(int maxFragments) {
        this.maxFragments = maxFragments;
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        String key = key(params);
        if (loopVars.length != 0) {
            throw new TemplateModelException("cached has no loop variables");
        }
        if (body == null) {
            return;
        }
        String markup = fragments.get(key);
        if (markup == null) {
            StringWriter out = new StringWriter(2048);
            body.render(out);
            markup = out.toString();
            if (fragments.size() < maxFragments) {
                fragments.putIfAbsent(key, markup);
            }
        }
        env.getOut().write(markup);
    }

    private static String key(Map<?, ?> params) throws TemplateModelException {
        Object key = params.get("key");
        if (params.size() != 1 || !(key instanceof TemplateScalarModel text)) {
            throw new TemplateModelException("cached takes one parameter, key, a string naming everything its body "
                    + "shows; got " + params.keySet());
        }
        return text.getAsString();
    }
}

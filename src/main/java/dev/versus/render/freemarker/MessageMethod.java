package dev.versus.render.freemarker;

import dev.versus.text.Words;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.StringUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code t} in the templates: a message of the page's language, {@code ${t("comparison.facts")}}
 * or with arguments as name, value pairs, {@code ${t("comparison.against", "name", v.first.name)}}.
 * The result is plain text, escaped like any other. An argument that is a link (a hash with
 * {@code href} and {@code text}) makes the result HTML instead: the message's own words and the
 * link's text escaped, the link an {@code <a>} element, so a translator can move a link within
 * the sentence without writing markup.
 */
public final class MessageMethod implements TemplateMethodModelEx {
    /** Marks where a link goes while the message is formatted; a private-use character no message contains. */
    private static final char LINK_MARK = '\uE000';

    private final Words words;
    /**
     * The language's {@code cached} directive: it travels with {@code t}, the templates' other
     * global of one language in one build, so that a fragment is never shown in another language.
     */
    private final CachedDirective cached = new CachedDirective();

    public MessageMethod(Words words) {
        this.words = words;
    }

    CachedDirective cached() {
        return cached;
    }

    public Words words() {
        return words;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.isEmpty() || args.size() % 2 == 0) {
            throw new TemplateModelException("t takes a message key and then name, value pairs; got "
                    + args.size() + " arguments");
        }
        String key = text(args.get(0), "the message key");
        if (args.size() == 1) {
            return format(key, Map.of()); // most of a page's messages: no arguments, no links
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        List<String[]> links = new ArrayList<>();
        for (int i = 1; i < args.size(); i += 2) {
            String name = text(args.get(i), "an argument name");
            Object value = args.get(i + 1);
            if (value instanceof TemplateHashModel hash && hash.get("href") != null) {
                arguments.put(name, LINK_MARK + Integer.toString(links.size()) + LINK_MARK);
                links.add(new String[] {text(hash.get("href"), "a link's href"), text(hash.get("text"), "a link's text")});
            } else if (value instanceof TemplateNumberModel number) {
                arguments.put(name, number.getAsNumber());
            } else {
                arguments.put(name, text(value, "argument " + name));
            }
        }
        String formatted = format(key, arguments);
        return links.isEmpty() ? formatted : HTMLOutputFormat.INSTANCE.fromMarkup(withLinks(formatted, links));
    }

    /** The message, or a template error naming what is wrong with the key or its arguments. */
    private String format(String key, Map<String, ?> arguments) throws TemplateModelException {
        try {
            return words.format(key, arguments);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static String withLinks(String formatted, List<String[]> links) {
        StringBuilder html = new StringBuilder();
        String[] parts = formatted.split(String.valueOf(LINK_MARK), -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                html.append(StringUtil.XHTMLEnc(parts[i]));
            } else {
                String[] link = links.get(Integer.parseInt(parts[i]));
                html.append("<a href=\"").append(StringUtil.XHTMLEnc(link[0])).append("\">")
                        .append(StringUtil.XHTMLEnc(link[1])).append("</a>");
            }
        }
        return html.toString();
    }

    private static String text(Object value, String what) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (value instanceof TemplateNumberModel number) {
            return number.getAsNumber().toString();
        }
        throw new TemplateModelException(what + " must be text, got " + (value == null ? "nothing"
                : ((TemplateModel) value).getClass().getSimpleName()));
    }
}

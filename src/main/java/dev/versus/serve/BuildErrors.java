package dev.versus.serve;

import dev.versus.build.BuildFailure;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.nio.file.Path;

/**
 * A failed build as one message that starts with {@code file:line:col}, so that terminals and
 * editors can jump to it. Snapshot and content errors already start their message with it;
 * template errors carry the position in FreeMarker's exception, which is read from there.
 */
public final class BuildErrors {
    /** Input errors now come positioned from the build itself (see BuildFailure). */
    private static final java.util.regex.Pattern ALREADY_POSITIONED =
            java.util.regex.Pattern.compile("^[^\\s:][^\\n]*?:\\d+:\\d+: ");
    private BuildErrors() {
    }

    /**
     * @param templates the templates folder, to name the template file as the user knows it
     */
    public static String describe(BuildFailure failure, Path templates) {
        if (ALREADY_POSITIONED.matcher(failure.getMessage()).find()) {
            return failure.getMessage();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return position(templates, parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber())
                        + failure.getMessage();
            }
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null
                    && template.getLineNumber() != null && template.getColumnNumber() != null) {
                return position(templates, template.getTemplateSourceName(), template.getLineNumber(),
                        template.getColumnNumber()) + failure.getMessage();
            }
        }
        return failure.getMessage();
    }

    private static String position(Path templates, String template, int line, int column) {
        // A template the site does not override is the built-in copy.
        String file = templates != null && java.nio.file.Files.isRegularFile(templates.resolve(template))
                ? templates.resolve(template).toString() : "<built-in>/templates/" + template;
        return file + ":" + line + ":" + column + ": ";
    }
}

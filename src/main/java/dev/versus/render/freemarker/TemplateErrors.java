package dev.versus.render.freemarker;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.UnexpectedTypeException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns FreeMarker's exceptions into Versus's messages: {@code templates/x.ftlh:5:3: } and the
 * cause in plain words on the first line, then FreeMarker's own explanation and the chain of
 * template calls that led there, indented under it. FreeMarker puts the position in words
 * ("in template "x.ftlh" at line 5, column 3"), which editors and terminals cannot jump to.
 */
final class TemplateErrors {
    private static final String INDENT = "    ";
    private static final Pattern TYPE_MISMATCH = Pattern.compile(
            "Expected (.+?), but this has evaluated to (an? .+?)(?: \\(wrapper: [^)]*\\))?[:.]");
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed (#\\w+|@[\\w.]+)");
    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("Unknown directive: (#\\w+)");
    private static final Pattern MALFORMED =
            Pattern.compile("^(#\\w+) is an existing directive, but the tag is malformed");

    private TemplateErrors() {
    }

    /**
     * The error for a template that failed to load or to render.
     *
     * @param templateName the template being loaded or rendered, named when FreeMarker gives no position
     * @return a {@link RenderException} when the template is at fault; an {@link IllegalStateException}
     *     when Java code of Versus that the template called failed, which is a bug of Versus; an
     *     {@link java.io.UncheckedIOException} when the file could not be read
     */
    static RuntimeException describe(Exception failure, String templateName, PathTemplateLoader names) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PathTemplateLoader.UnreadableTemplateException unreadable) {
                return new RenderException(unreadable.getMessage() + callChain(failure), failure);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return new RenderException(syntaxError(parse, templateName, names) + callChain(failure), failure);
            }
        }
        if (failure instanceof TemplateException template) {
            if (isBugOfVersus(template)) {
                return new IllegalStateException("a bug of Versus: Java code called by " + templateName + " failed: "
                        + template.getMessageWithoutStackTop(), failure);
            }
            return new RenderException(position(template, templateName, names) + plainWords(template, names) + "\n"
                    + indented(template.getMessageWithoutStackTop()) + callChain(template), failure);
        }
        // Left: a template file that could not be read at all; the environment, not the template, is to blame.
        if (failure instanceof java.io.IOException io) {
            return new java.io.UncheckedIOException(
                    "cannot read " + names.displayName(templateName) + ": " + io.getMessage(), io);
        }
        return new IllegalStateException("a bug of Versus: " + templateName + " failed: " + failure, failure);
    }

    /** Whether a failure to load a template is the template's fault: a syntax error or a byte that is not UTF-8. */
    static boolean blamesTemplate(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException || cause instanceof PathTemplateLoader.UnreadableTemplateException) {
                return true;
            }
        }
        return false;
    }

    private static String syntaxError(ParseException parse, String templateName, PathTemplateLoader names) {
        String file = names.displayName(parse.getTemplateName() != null ? parse.getTemplateName() : templateName);
        String editorMessage = parse.getEditorMessage() == null ? "syntax error" : parse.getEditorMessage();
        return file + ":" + Math.max(parse.getLineNumber(), 1) + ":" + Math.max(parse.getColumnNumber(), 1) + ": "
                + syntaxInPlainWords(editorMessage) + "\n" + indented(editorMessage);
    }

    private static String syntaxInPlainWords(String editorMessage) {
        Matcher unclosed = UNCLOSED.matcher(editorMessage);
        if (unclosed.find()) {
            String directive = unclosed.group(1);
            return "the template ends inside " + directive + ", which is never closed: add </" + directive + ">";
        }
        Matcher unknown = UNKNOWN_DIRECTIVE.matcher(editorMessage);
        if (unknown.find()) {
            return "unknown directive " + unknown.group(1);
        }
        Matcher malformed = MALFORMED.matcher(editorMessage);
        if (malformed.find()) {
            return "malformed " + malformed.group(1) + " tag";
        }
        return "syntax error";
    }

    private static String position(TemplateException template, String templateName, PathTemplateLoader names) {
        String source = template.getTemplateSourceName() != null ? template.getTemplateSourceName() : templateName;
        Integer line = template.getLineNumber();
        Integer column = template.getColumnNumber();
        return names.displayName(source) + ":" + (line == null ? 1 : line) + ":" + (column == null ? 1 : column)
                + ": ";
    }

    private static String plainWords(TemplateException template, PathTemplateLoader names) {
        String blamed = template.getBlamedExpressionString();
        if (template instanceof InvalidReferenceException && blamed != null) {
            return calledAsMacro(template, blamed)
                    ? "no macro or directive named " + blamed + " (it is missing or null)"
                    : blamed + " is missing or null";
        }
        for (Throwable cause = template.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateNotFoundException missing) {
                return "template \"" + missing.getTemplateName() + "\" does not exist: no "
                        + names.displayName(missing.getTemplateName());
            }
        }
        if (template instanceof UnexpectedTypeException) {
            Matcher mismatch = TYPE_MISMATCH.matcher(template.getMessageWithoutStackTop());
            if (mismatch.find()) {
                return (blamed == null ? "the value" : blamed) + " is " + mismatch.group(2) + ", but "
                        + mismatch.group(1) + " is expected here";
            }
        }
        return firstLine(template.getMessageWithoutStackTop());
    }

    /** Whether the missing name is the one a {@code <@name>} call asks for, rather than a value. */
    private static boolean calledAsMacro(TemplateException template, String blamed) {
        String stack = template.getFTLInstructionStack();
        return stack != null && stack.contains("Failed at: @" + blamed);
    }

    /**
     * A template called a method of a view and it threw: FreeMarker wraps the unchecked exception,
     * and it is Versus's view code, not the template, that is wrong. Built-ins that fail (such as
     * a division by zero) throw from FreeMarker's own code, which this tells apart.
     */
    private static boolean isBugOfVersus(TemplateException template) {
        Throwable root = template;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (!(root instanceof RuntimeException)) {
            return false;
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            String owner = frame.getClassName();
            if (!owner.startsWith("java.") && !owner.startsWith("jdk.") && !owner.startsWith("sun.")) {
                return owner.startsWith("dev.versus.");
            }
        }
        return false;
    }

    private static String callChain(Exception failure) {
        if (!(failure instanceof TemplateException template) || template.getFTLInstructionStack() == null
                || template.getFTLInstructionStack().isBlank()) {
            return "";
        }
        return "\n  template call chain:\n" + indented(template.getFTLInstructionStack().replace("\t", ""));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String indented(String text) {
        return INDENT + text.strip().replace("\n", "\n" + INDENT);
    }
}

package dev.versus.load;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one message as ICU MessageFormat and lists its arguments with their index in the
 * string, or says why it does not parse. Two steps, because ICU's {@link MessagePattern} checks
 * only the braces and branch syntax ("{n, plurl, ...}" passes it), while building a
 * {@link MessageFormat} for the language also rejects an unknown type or number skeleton.
 */
final class MessageSyntax {
    private static final Pattern AT_INDEX = Pattern.compile("\\s*\\[at pattern index (\\d+)]\\s*");
    /** ICU appends the whole pattern to some reasons; the error's position already shows it. */
    private static final Pattern WHOLE_PATTERN = Pattern.compile("\\s+in (?:message )?\"[^\"]*\"$");

    /** An argument ({@code {first}}, or {@code {0}} when {@code numbered}) at its index in the string. */
    record Argument(String name, int index, boolean numbered) {
    }

    /**
     * Either the arguments in pattern order, or what is wrong (a clause that follows the message's
     * key: "is not a valid ICU message: ...") with the index it applies to (-1: the whole string).
     */
    record Result(List<Argument> arguments, String reason, int errorIndex) {
        boolean parses() {
            return reason == null;
        }
    }

    private MessageSyntax() {
    }

    static Result check(String pattern, String language) {
        MessagePattern parsed;
        ULocale locale = dev.versus.model.Message.locale(language);
        try {
            parsed = new MessagePattern(pattern);
            new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        Result unusedForm = unusedPluralForm(parsed, locale);
        if (unusedForm != null) {
            return unusedForm;
        }
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            if (type == MessagePattern.Part.Type.ARG_NAME || type == MessagePattern.Part.Type.ARG_NUMBER) {
                arguments.add(new Argument(parsed.getSubstring(part), part.getIndex(),
                        type == MessagePattern.Part.Type.ARG_NUMBER));
            }
        }
        return new Result(List.copyOf(arguments), null, -1);
    }

    /**
     * A plural or ordinal form the language never chooses ("zero" in English, "few" in German):
     * its text would never be shown, and the number it was meant for gets the "other" form.
     */
    private static Result unusedPluralForm(MessagePattern parsed, ULocale locale) {
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part start = parsed.getPart(i);
            MessagePattern.ArgType type = start.getArgType();
            if (start.getType() != MessagePattern.Part.Type.ARG_START
                    || (type != MessagePattern.ArgType.PLURAL && type != MessagePattern.ArgType.SELECTORDINAL)) {
                continue;
            }
            PluralRules rules = PluralRules.forLocale(locale, type == MessagePattern.ArgType.PLURAL
                    ? PluralRules.PluralType.CARDINAL : PluralRules.PluralType.ORDINAL);
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part part = parsed.getPart(j);
                if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    String form = parsed.getSubstring(part);
                    if (!form.startsWith("=") && !rules.getKeywords().contains(form)) {
                        String kind = type == MessagePattern.ArgType.PLURAL ? "plural" : "ordinal";
                        return new Result(List.of(), "uses the " + kind + " form \"" + form + "\", which "
                                + locale.getDisplayName(ULocale.ENGLISH) + " never chooses (its " + kind + " forms: "
                                + String.join(", ", new java.util.TreeSet<>(rules.getKeywords())) + ")"
                                + (form.equals("zero") ? "; for exactly 0 write =0" : ""), part.getIndex());
                    }
                    j = parsed.getLimitPartIndex(j + 1); // skip the branch's message, nested arguments included
                }
            }
        }
        return null;
    }

    /** ICU's reason in plain words: its index taken out (it becomes the column), lower case first. */
    private static Result failure(String icuMessage) {
        Matcher at = AT_INDEX.matcher(icuMessage);
        int index = -1;
        String reason = icuMessage;
        if (at.find()) {
            index = Integer.parseInt(at.group(1));
            reason = icuMessage.substring(0, at.start()) + " at " + icuMessage.substring(at.end());
        }
        reason = WHOLE_PATTERN.matcher(reason).replaceFirst("").replace(": at ", " at ");
        reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        return new Result(List.of(), "is not a valid ICU message: " + reason, index);
    }
}

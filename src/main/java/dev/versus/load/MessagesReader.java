package dev.versus.load;

import com.ibm.icu.util.ULocale;
import dev.versus.model.Message;
import dev.versus.model.MessageName;
import dev.versus.model.Messages;
import dev.versus.model.SiteMessages;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads and checks the message files, {@code content/messages/<language>.toml}, one per language
 * of the site, before any page is rendered.
 *
 * <p>The site's first language is the reference: its file defines the keys and, per key, the
 * argument names. Every other file may use only those keys and, in each message, only the
 * arguments the reference's message for that key has. A key a file leaves out is an error unless
 * its {@code [language]} table names a {@code fallback} language, whose message is then used (and
 * formatted by that language's rules); the fallback is applied here, so rendering never falls
 * back. A fallback must be another language of the site, not the reference's own setting, and
 * must not loop.
 *
 * <p>All problems of all files are reported together as {@code file:line:col: message}. A message
 * that does not parse is reported at the character ICU names, found by walking the TOML string as
 * written (escapes included, see {@link TomlStrings}), or at its opening quote when ICU names no
 * index. A file for a language the site does not list is an error, not a warning: Versus has no
 * channel for warnings a publisher would see, and an unread file (say {@code pt-br.toml} for a site
 * listing {@code pt-BR}) would otherwise hide a translation that is never published.
 */
public final class MessagesReader {
    /** The folder under the content folder that holds the message files. */
    public static final String FOLDER = "messages";
    private static final String EXTENSION = ".toml";
    /** A BCP 47 tag of letters, digits and hyphens ("en", "pt-BR", "zh-Hant"), nothing a path could use. */
    private static final java.util.regex.Pattern LANGUAGE_CODE =
            java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * The tables that name what the snapshot names, not what the pages say: plain text, checked
     * against the snapshot rather than against the first language's keys.
     */
    static final Set<String> NAME_TABLES = Set.of("categories", "category_singulars", "site_kinds",
            "site_kinds_in_sentence");

    private final List<String> languages;
    private final String reference;
    private final MessageErrors errors = new MessageErrors();
    /** The readable files by language, in the site's order. */
    private final Map<String, MessageFile> files = new LinkedHashMap<>();
    /** The reference's argument names by key, for keys whose message parses. */
    private final Map<String, Set<String>> referenceArguments = new TreeMap<>();

    private MessagesReader(List<String> languages) {
        this.languages = List.copyOf(languages);
        this.reference = languages.get(0);
    }

    /**
     * The messages of every language in {@code languages} (the first is the reference).
     *
     * @throws InvalidContentException with every problem found, at most {@value MessageErrors#LIMIT}
     */
    public static SiteMessages read(Path contentFolder, List<String> languages)
            throws IOException, InvalidContentException {
        return read(contentFolder, null, languages);
    }

    /**
     * The messages of every language in {@code languages}: the site's file of each language, or
     * where the site has none, the built-in one in {@code builtIn} (a content folder too). The
     * built-in English file holds every key Versus's pages use; the site's first language must
     * have them all, with no argument the pages do not give.
     *
     * @param builtIn the bundled content folder, or null for a site that must bring every file
     */
    public static SiteMessages read(Path contentFolder, Path builtIn, List<String> languages)
            throws IOException, InvalidContentException {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one language");
        }
        for (String language : languages) {
            // Language codes become file names; the configuration checks them, this is the last guard.
            if (!LANGUAGE_CODE.matcher(language).matches()) {
                throw new IllegalArgumentException("not a language code: \"" + language + "\"");
            }
        }
        MessagesReader reader = new MessagesReader(languages);
        Path folder = contentFolder.resolve(FOLDER);
        Path builtInFolder = builtIn == null ? null : builtIn.resolve(FOLDER);
        reader.readFiles(folder, builtInFolder);
        reader.unlistedFiles(folder);
        MessageFile referenceFile = reader.files.get(reader.reference);
        if (referenceFile != null) {
            reader.checkReference(referenceFile);
            if (builtInFolder != null) {
                reader.checkAgainstPages(referenceFile, builtInFolder.resolve("en" + EXTENSION));
            }
        }
        for (MessageFile file : reader.files.values()) {
            if (file != referenceFile) {
                reader.checkTranslation(file, referenceFile);
            }
        }
        reader.errors.throwIfAny();
        return reader.resolve();
    }

    private void readFiles(Path folder, Path builtInFolder) throws IOException {
        for (String language : languages) {
            Path path = folder.resolve(language + EXTENSION);
            if (!Files.isRegularFile(path) && builtInFolder != null
                    && Files.isRegularFile(builtInFolder.resolve(language + EXTENSION))) {
                path = builtInFolder.resolve(language + EXTENSION);
            }
            String name = SourceNames.of(path);
            if (!Files.isRegularFile(path)) {
                errors.add(name, 1, 1, "no messages for the language \"" + language + "\"; each of the site's"
                        + " languages " + languages + " needs its file " + FOLDER + "/<language>" + EXTENSION);
                continue;
            }
            MessageFile file = MessageFile.read(path, name, language, errors);
            if (file != null) {
                files.put(language, file);
            }
        }
    }

    /**
     * Files of languages Versus does not ship are mistakes (a misnamed file); a shipped language
     * the site does not build now is a translation kept for later, and is not read.
     */
    private void unlistedFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> unlisted = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                String code = file.substring(0, file.length() - EXTENSION.length());
                if (!languages.contains(code) && dev.versus.text.Language.of(code).isEmpty()) {
                    unlisted.add(entry);
                }
            }
        }
        unlisted.sort(null);
        for (Path entry : unlisted) {
            String file = entry.getFileName().toString();
            String language = file.substring(0, file.length() - EXTENSION.length());
            errors.add(SourceNames.of(entry), 1, 1, "messages for \"" + language + "\", which is not one of the"
                    + " site's languages " + languages + "; add it to the languages or remove the file");
        }
    }

    /** Whether {@code key} is a name of something in the snapshot ("categories.cms"), not a message. */
    static boolean isName(String key) {
        int dot = key.indexOf('.');
        return dot > 0 && NAME_TABLES.contains(key.substring(0, dot));
    }

    private void checkReference(MessageFile file) {
        if (file.fallback() != null) {
            file.valueError(file.fallbackAt(), "the first language, " + reference + ", defines every message"
                    + " and cannot fall back to another");
        }
        for (MessageFile.Entry entry : file.entries().values()) {
            if (isName(entry.key())) {
                continue;
            }
            MessageSyntax.Result result = parse(file, entry);
            if (result.parses()) {
                referenceArguments.put(entry.key(), result.arguments().stream()
                        .map(MessageSyntax.Argument::name).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
    }

    /**
     * The first language's file against the built-in English one, which holds every key the
     * built-in templates and sentences use: each must be there, with no argument they do not give.
     * Keys of the site's own (for its own templates) are welcome.
     */
    private void checkAgainstPages(MessageFile referenceFile, Path pagesFile) throws IOException {
        if (!Files.isRegularFile(pagesFile)
                || referenceFile.name.equals(SourceNames.of(pagesFile))) {
            return;
        }
        MessageFile pages = MessageFile.read(pagesFile, SourceNames.of(pagesFile), "en", new MessageErrors());
        if (pages == null) {
            return;
        }
        TomlPositions.Position at = referenceFile.settingsAt();
        for (MessageFile.Entry needed : pages.entries().values()) {
            if (isName(needed.key())) {
                continue;
            }
            if (!referenceFile.wrote(needed.key())) {
                referenceFile.error(at, "missing message \"" + needed.key() + "\", which Versus's pages use ("
                        + pages.name + ":" + needed.at().line() + ":" + needed.at().column() + ")");
                continue;
            }
            Set<String> given = MessageSyntax.check(needed.pattern(), "en").arguments().stream()
                    .map(MessageSyntax.Argument::name).collect(Collectors.toSet());
            MessageFile.Entry entry = referenceFile.entries().get(needed.key());
            MessageSyntax.Result result = MessageSyntax.check(entry.pattern(), referenceFile.language);
            if (!result.parses()) {
                continue; // reported by checkReference
            }
            for (MessageSyntax.Argument argument : result.arguments()) {
                if (!given.contains(argument.name())) {
                    int[] p = referenceFile.position(entry, argument.index());
                    errors.add(referenceFile.name, p[0], p[1], "unknown argument {" + argument.name() + "} in \""
                            + entry.key() + "\"; the pages give " + (given.isEmpty() ? "no arguments"
                            : given.stream().sorted().map(name -> "{" + name + "}").collect(Collectors.joining(", "))));
                }
            }
        }
    }

    private void checkTranslation(MessageFile file, MessageFile referenceFile) {
        checkFallback(file);
        if (referenceFile == null) {
            return; // without the reference there is nothing to check keys and arguments against
        }
        for (MessageFile.Entry entry : file.entries().values()) {
            if (isName(entry.key())) {
                continue;
            }
            if (!referenceFile.wrote(entry.key())) {
                file.error(entry.at(), "unknown key \"" + entry.key() + "\"; the " + languageName(reference)
                        + " messages have no such key");
                continue;
            }
            MessageSyntax.Result result = parse(file, entry);
            Set<String> allowed = referenceArguments.get(entry.key());
            if (result.parses() && allowed != null) {
                for (MessageSyntax.Argument argument : result.arguments()) {
                    if (!argument.numbered() && !allowed.contains(argument.name())) {
                        int[] at = file.position(entry, argument.index());
                        errors.add(file.name, at[0], at[1], "unknown argument {" + argument.name() + "} in \""
                                + entry.key() + "\"; the " + languageName(reference) + " message has "
                                + (allowed.isEmpty() ? "no arguments" : allowed.stream()
                                        .map(name -> "{" + name + "}").collect(Collectors.joining(", "))));
                    }
                }
            }
        }
        if (!file.setsFallback()) {
            TomlPositions.Position at = file.settingsAt();
            for (MessageFile.Entry missing : referenceFile.entries().values()) {
                if (!isName(missing.key()) && !file.wrote(missing.key())) {
                    file.error(at, "missing message \"" + missing.key() + "\" (" + referenceFile.name + ":"
                            + missing.at().line() + ":" + missing.at().column() + "); translate it, or name a"
                            + " language to take missing messages from: [language] fallback = \"" + reference + "\"");
                }
            }
        }
    }

    /** The message's syntax, reporting a message that does not parse and any numbered argument. */
    private MessageSyntax.Result parse(MessageFile file, MessageFile.Entry entry) {
        MessageSyntax.Result result = MessageSyntax.check(entry.pattern(), file.language);
        if (!result.parses()) {
            int[] at = file.position(entry, result.errorIndex());
            errors.add(file.name, at[0], at[1], "\"" + entry.key() + "\" " + result.reason());
            return result;
        }
        for (MessageSyntax.Argument argument : result.arguments()) {
            if (argument.numbered()) {
                int[] at = file.position(entry, argument.index());
                errors.add(file.name, at[0], at[1], "numbered argument {" + argument.name() + "} in \""
                        + entry.key() + "\"; messages name their arguments, like {count}");
            }
        }
        return result;
    }

    private void checkFallback(MessageFile file) {
        String fallback = file.fallback();
        if (fallback == null) {
            return;
        }
        if (fallback.equals(file.language)) {
            file.valueError(file.fallbackAt(), "fallback \"" + fallback + "\" is this file's own language");
        } else if (!languages.contains(fallback)) {
            file.valueError(file.fallbackAt(), "fallback \"" + fallback + "\" is not one of the site's languages "
                    + languages);
        } else {
            List<String> chain = chain(file.language);
            if (chain.indexOf(chain.get(chain.size() - 1)) < chain.size() - 1) {
                file.valueError(file.fallbackAt(), "the fallbacks loop: " + String.join(" -> ", chain));
            }
        }
    }

    /**
     * This language and the ones it falls back to; when they loop, the chain ends with the first
     * language that repeats.
     */
    private List<String> chain(String language) {
        List<String> chain = new ArrayList<>();
        for (String at = language; at != null; ) {
            boolean repeated = chain.contains(at);
            chain.add(at);
            MessageFile file = files.get(at);
            if (repeated || file == null || at.equals(file.fallback())) {
                break;
            }
            at = file.fallback();
        }
        return chain;
    }

    /** The checked files as messages, each language's missing keys filled along its fallback chain. */
    private SiteMessages resolve() {
        MessageFile referenceFile = files.get(reference);
        Map<String, Messages> byLanguage = new LinkedHashMap<>();
        Map<String, Map<String, MessageName>> names = new LinkedHashMap<>();
        Map<String, String> fileNames = new LinkedHashMap<>();
        for (String language : languages) {
            List<String> chain = chain(language);
            fileNames.put(language, files.get(language).name);
            Map<String, MessageName> named = new TreeMap<>();
            for (String from : chain) {
                MessageFile file = files.get(from);
                for (MessageFile.Entry entry : file.entries().values()) {
                    if (isName(entry.key()) && !named.containsKey(entry.key())) {
                        named.put(entry.key(), new MessageName(entry.key(), entry.pattern(), file.name,
                                entry.at().line(), entry.at().column()));
                    }
                }
            }
            names.put(language, named);
            Map<String, Message> messages = new TreeMap<>();
            for (String key : referenceFile.entries().keySet()) {
                if (isName(key)) {
                    continue;
                }
                for (String from : chain) {
                    MessageFile.Entry entry = files.get(from).entries().get(key);
                    if (entry != null) {
                        messages.put(key, new Message(key, from, entry.pattern()));
                        break;
                    }
                }
            }
            byLanguage.put(language, new Messages(chain, new TreeMap<>(messages)));
        }
        return new SiteMessages(byLanguage, names, fileNames);
    }

    /** "English" for "en": how messages name the reference language. */
    private static String languageName(String language) {
        return ULocale.forLanguageTag(language).getDisplayName(ULocale.ENGLISH);
    }
}

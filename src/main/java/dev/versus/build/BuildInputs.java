package dev.versus.build;

import dev.versus.hash.Sha256;
import dev.versus.load.MessagesReader;
import dev.versus.load.SiteSources;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Digests of everything a build reads, recorded in the output's manifest. When none differs from
 * the previous build, nothing is rendered: the files the manifest lists are only looked at
 * ({@link dev.versus.write.UnchangedSite}). When only the snapshot or the content folder's
 * messages differ, each page's own input key decides whether it is rendered again; when anything
 * else differs (templates, the rest of the content, options, Versus itself), every page is. The
 * Java runtime is not an input: pages use no locale data of the JDK (country names come from the
 * committed CLDR table of {@link dev.versus.text.CldrCountryNames}), so every JDK builds the same
 * bytes and an upgrade of Java renders nothing again.
 */
final class BuildInputs {
    private BuildInputs() {
    }

    static Map<String, String> of(BuildOptions options, SiteSources sources, Path snapshot) throws IOException {
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("snapshot", Sha256.hex(Sha256.of(Files.readAllBytes(snapshot))));
        inputs.put("templates", templates(sources));
        inputs.put("content", folder(sources.content(), snapshot, sources.content().resolve(MessagesReader.FOLDER)));
        inputs.put("messages", messages(sources.content()));
        inputs.put("options", Sha256.hex(Sha256.of(options.baseUrl() + "\n" + options.settings() + "\n" + options.site())));
        inputs.put("versus", versus());
        return inputs;
    }

    /**
     * A digest of the templates the build uses: each layer's files, so that adding, changing or
     * removing an override (and with it, which copy of a template is used) changes it.
     */
    private static String templates(SiteSources sources) throws IOException {
        StringBuilder layers = new StringBuilder();
        for (Path layer : sources.templateLayers()) {
            layers.append(folder(layer, null, null)).append('\n');
        }
        return Sha256.hex(Sha256.of(layers.toString()));
    }

    /**
     * The content folder's messages, apart from the rest of the content: each page's own key
     * covers the messages its kind shows (render.MessageTables), so an edit to one language's
     * file renders only that language's pages that show it.
     */
    private static String messages(Path content) throws IOException {
        Path messages = content.resolve(MessagesReader.FOLDER);
        if (!Files.isDirectory(messages)) {
            return Sha256.hex(Sha256.of(new byte[0]));
        }
        return folder(messages, null, null);
    }

    /**
     * A digest of every file's relative path and bytes, in path order; the file {@code skip} and
     * the files under {@code skipFolder} (either may be null) are left out.
     */
    private static String folder(Path folder, Path skip, Path skipFolder) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            if (skip != null && isSameFile(file, skip)) {
                continue;
            }
            if (skipFolder != null && file.startsWith(skipFolder)) {
                continue;
            }
            digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
        }
        return Sha256.hex(digest.digest());
    }

    private static boolean isSameFile(Path file, Path other) {
        try {
            return Files.exists(other) && Files.isSameFile(file, other);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Versus's own code: the jar (or class folder) it runs from, since new code can change pages,
     * with the bundled templates, content and messages beside the classes.
     */
    private static String versus() throws IOException {
        try {
            Path code = Path.of(SiteBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(code) ? folder(code, null, null) : Sha256.hex(Sha256.of(Files.readAllBytes(code)));
        } catch (URISyntaxException | SecurityException e) {
            throw new IOException("cannot locate Versus's own code: " + e.getMessage(), e);
        }
    }

}

package dev.versus.serve;

import dev.versus.hash.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A digest of each template together with every template it imports or includes, read the way
 * the renderer reads them (the site's layer first, then the built-ins). A page cached with the
 * digest of its template is dropped when that template, or one it uses, changes, and kept when
 * another changes: an edit to comparison.ftlh leaves technology pages cached, one to layout.ftlh
 * drops every page that imports it. A template that names what it imports with an expression
 * rather than a string could use any template, so its digest covers them all.
 */
final class TemplateDigests {
    private static final Pattern USES = Pattern.compile("[<\\[]#(?:import|include)\\s+(\"[^\"]*\"|'[^']*'|\\S)");

    /** Every template's bytes by its name ("layout.ftlh", "partials/x.ftlh"), the layer that wins. */
    private final Map<String, byte[]> sources;
    private final Map<String, byte[]> digests = new ConcurrentHashMap<>();

    private TemplateDigests(Map<String, byte[]> sources) {
        this.sources = sources;
    }

    static TemplateDigests read(List<Path> layers) throws IOException {
        Map<String, byte[]> sources = new TreeMap<>();
        for (Path layer : layers) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(layer)) {
                files = walk.filter(file -> file.getFileName().toString().endsWith(".ftlh") && Files.isRegularFile(file))
                        .toList();
            }
            for (Path file : files) {
                String name = layer.relativize(file).toString().replace(layer.getFileSystem().getSeparator(), "/");
                if (!sources.containsKey(name)) {
                    sources.put(name, Files.readAllBytes(file));
                }
            }
        }
        return new TemplateDigests(sources);
    }

    /** The digest of the template and everything it uses; a template there is none of digests as missing. */
    byte[] digest(String name) {
        return digests.computeIfAbsent(name, this::compute);
    }

    private byte[] compute(String name) {
        MessageDigest digest = Sha256.newDigest();
        for (String used : closure(name)) {
            byte[] source = sources.get(used);
            digest.update(used.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (source != null) {
                digest.update(source);
            }
            digest.update((byte) 0);
        }
        return digest.digest();
    }

    /** The template and every template it reaches by import or include, in name order. */
    Set<String> closure(String name) {
        Set<String> seen = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(name));
        while (!next.isEmpty()) {
            String current = next.pop();
            if (!seen.add(current)) {
                continue;
            }
            byte[] source = sources.get(current);
            if (source == null) {
                continue;
            }
            Matcher uses = USES.matcher(new String(source, StandardCharsets.UTF_8));
            while (uses.find()) {
                String target = uses.group(1);
                if (target.length() < 2 || target.charAt(0) != '"' && target.charAt(0) != '\'') {
                    seen.addAll(sources.keySet()); // named by an expression: it may use any of them
                    return seen;
                }
                next.push(resolve(current, target.substring(1, target.length() - 1)));
            }
        }
        return seen;
    }

    /** A name as FreeMarker resolves it: from the root with a leading "/", else beside the template using it. */
    static String resolve(String from, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        int slash = from.lastIndexOf('/');
        String joined = slash < 0 ? target : from.substring(0, slash + 1) + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}

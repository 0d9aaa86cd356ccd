package dev.versus.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths a build created, changed and deleted, each sorted: what a deploy step uploads or
 * purges. Lines read {@code created compare/a-vs-b/index.html}.
 */
public record Changes(List<String> created, List<String> changed, List<String> deleted) {

    public Changes {
        created = created.stream().sorted().toList();
        changed = changed.stream().sorted().toList();
        deleted = deleted.stream().sorted().toList();
    }

    /**
     * What changed from one manifest to the next, by bytes: how a CI job that keeps only the last
     * deployed manifest (not the whole site) learns what to upload after a fresh build.
     */
    public static Changes between(Manifest before, Manifest after) {
        List<String> created = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        after.files().forEach((path, entry) -> {
            Manifest.Entry previous = before.files().get(path);
            if (previous == null) {
                created.add(path);
            } else if (!entry.sameBytes(previous)) {
                changed.add(path);
            }
        });
        before.files().keySet().stream().filter(path -> !after.files().containsKey(path)).forEach(deleted::add);
        return new Changes(created, changed, deleted);
    }

    public boolean isEmpty() {
        return created.isEmpty() && changed.isEmpty() && deleted.isEmpty();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        created.forEach(path -> lines.add("created " + path));
        changed.forEach(path -> lines.add("changed " + path));
        deleted.forEach(path -> lines.add("deleted " + path));
        return lines;
    }

    public void writeTo(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        lines().forEach(line -> text.append(line).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

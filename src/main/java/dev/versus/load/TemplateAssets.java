package dev.versus.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The static files of a template set: everything under {@code templates/assets/}, copied to
 * {@code assets/} in the site as it is, sorted by path. With layers of templates, a file in an
 * earlier layer (the site's) replaces the file of the same path in a later one (the built-ins).
 */
public final class TemplateAssets {
    private TemplateAssets() {
    }

    /** The assets of the layers, first layer first: one file per path, from the first layer that has it. */
    public static List<AssetFile> read(List<Path> layers) throws IOException {
        java.util.TreeMap<String, AssetFile> byRoute = new java.util.TreeMap<>();
        for (Path layer : layers) {
            for (AssetFile asset : read(layer)) {
                byRoute.putIfAbsent(asset.route(), asset);
            }
        }
        return List.copyOf(byRoute.values());
    }

    public static List<AssetFile> read(Path templates) throws IOException {
        Path folder = templates.resolve("assets");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<AssetFile> assets = new ArrayList<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            assets.add(new AssetFile("assets/" + relative, Files.readAllBytes(file), file.toString()));
        }
        return assets;
    }
}

package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.testing.VersusProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versus serve} in its own JVM, in a site {@code init} made, as a new user starts it: the
 * terminal line says where to open the site, and its pages are there without a build.
 */
class ServeProcessTest {
    private static final Pattern SERVING = Pattern.compile("Serving (?:the site|.+ as it is) at (http://\\S+/) ");

    @TempDir
    Path home;
    Process serving;
    final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws InterruptedException {
        if (serving != null) {
            serving.destroy();
            serving.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts versus with {@code args} in the folder and returns the URL its terminal line names. */
    private URI serve(Path folder, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.versus.cli.Main"));
        command.addAll(args);
        serving = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(home.resolve("serve-err.txt").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serving.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                return URI.create(serving.group(1));
            }
        }
        throw new AssertionError("serve ended without saying where: " + Files.readString(home.resolve("serve-err.txt")));
    }

    private HttpResponse<byte[]> get(URI site, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(site.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aNewSiteIsServedWithoutABuild() throws Exception {
        assertEquals(0, VersusProcess.run(home, List.of("init", "my-site"), home.resolve("logs")).exitCode());
        Path site = home.resolve("my-site");
        URI url = serve(site, List.of("serve", "--port", "0"));
        HttpResponse<byte[]> home = get(url, "/");
        assertEquals(200, home.statusCode());
        String page = new String(home.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("SAMPLE DATA") || page.contains("compared by usage"), page);
        assertTrue(page.contains("<script src=\"/__versus/live.js\"></script>"), "watching is on by default");
        assertEquals(200, get(url, "/categories/").statusCode());
        assertFalse(Files.exists(site.resolve("site-output")), "serve builds nothing");
    }

    @Test
    void aBuiltFolderIsServedExactlyAsItIs() throws Exception {
        assertEquals(0, VersusProcess.run(home, List.of("init", "my-site"), home.resolve("logs")).exitCode());
        Path site = home.resolve("my-site");
        assertEquals(0, VersusProcess.run(site, List.of("build", "--quiet"), home.resolve("logs")).exitCode());
        URI url = serve(site, List.of("serve", "--site", "site-output", "--port", "0"));
        for (String file : List.of("index.html", "categories/index.html", "robots.txt", "sitemap.xml")) {
            HttpResponse<byte[]> response = get(url, "/" + file.replace("index.html", ""));
            assertEquals(200, response.statusCode(), file);
            assertArrayEquals(Files.readAllBytes(site.resolve("site-output").resolve(file)), response.body(), file);
        }
        assertEquals(404, get(url, "/.versus/manifest.json").statusCode());
    }
}

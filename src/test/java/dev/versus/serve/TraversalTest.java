package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that try to read a file planted just outside the site folder, sent as raw request
 * lines over a socket so that no client library normalizes them first.
 */
class TraversalTest {
    static final String SECRET = "TOP-SECRET-9f1c";

    @TempDir
    static Path dir;
    static SiteServer server;
    static SiteServer live;

    @BeforeAll
    static void start() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("compare/a-vs-b"));
        Files.writeString(site.resolve("compare/a-vs-b/index.html"), "<!DOCTYPE html><title>A vs B</title>");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html><title>Not found</title>");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("passwd"), SECRET);
        server = SiteServer.start(site, InetAddress.getLoopbackAddress(), 0, true);
        // The same attempts against the site rendered from its inputs, with the secret beside them.
        Path inputs = dir.resolve("inputs");
        dev.versus.testing.TestFolders.copy(Path.of("content"), inputs.resolve("content"));
        Files.copy(dev.versus.build.FixtureSite.SNAPSHOT, inputs.resolve("snapshot.json"));
        Files.writeString(inputs.resolve("secret.txt"), SECRET);
        dev.versus.build.BuildOptions options = new dev.versus.build.BuildOptions(inputs.resolve("snapshot.json"),
                inputs.resolve("content"), Path.of("templates"), inputs.resolve("out"),
                java.net.URI.create("http://localhost:8080/"), 2, dev.versus.model.Settings.DEFAULTS);
        LiveSite rendered = new LiveSite(options, 1 << 20, null, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        rendered.load(java.util.Set.of());
        live = SiteServer.start(rendered, InetAddress.getLoopbackAddress(), 0, new LiveReload(), ServerLimits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
        live.close();
    }

    /** The raw response to one request line. */
    static String rawGet(SiteServer to, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), to.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Request targets that try to leave the site, each as a client could send it. */
    static java.util.stream.Stream<String> attempts() {
        return java.util.stream.Stream.of(
        "/../secret.txt",
        "/../../secret.txt",
        "/compare/../../secret.txt",
        "/compare/a-vs-b/../../../secret.txt",
        "/./../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/compare/..%2f..%2fsecret.txt",
        "/%2fsecret.txt",
        "/%2f..%2fsecret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/compare%5c..%5c..%5csecret.txt",
        "//etc/passwd",
        "//../passwd",
        "/%2f%2fetc%2fpasswd",
        "/C:/secret.txt",
        "/c:%5csecret.txt",
        "/secret.txt%00.html",
        "/..%00/secret.txt",
        "/%00",
        "/%c0%ae%c0%ae/secret.txt",
        "/%e0%80%ae%e0%80%ae/secret.txt",
        "/%u002e%u002e/secret.txt",
        "/..;/secret.txt",
        "/....//secret.txt",
        "/%2e%2e%5c%2e%2e%5csecret.txt",
        "../secret.txt",
        "..%2fsecret.txt",
        "http://127.0.0.1/../secret.txt",
        "/compare/a-vs-b/..",
        "/compare/a-vs-b/%2e%2e/%2e%2e/secret.txt",
        "/%",
        "/%2");
    }

    @ParameterizedTest
    @MethodSource("attempts")    void aRequestThatLeavesTheSiteFolderReadsNothingOutsideIt(String target) throws IOException {
        String response = rawGet(server, target);
        String statusLine = response.lines().findFirst().orElse("");
        assertTrue(statusLine.matches("HTTP/1\\.1 (400|404) .*"), target + " -> " + statusLine);
        assertFalse(response.contains(SECRET), target);
    }

    /** The site rendered on request maps no path to a file at all; it must not be led out either. */
    @ParameterizedTest
    @MethodSource("attempts")
    void aRequestThatLeavesTheRenderedSiteReadsNothingOutsideIt(String target) throws IOException {
        String response = rawGet(live, target);
        String statusLine = response.lines().findFirst().orElse("");
        assertTrue(statusLine.matches("HTTP/1\\.1 (400|404) .*"), target + " -> " + statusLine);
        assertFalse(response.contains(SECRET), target);
    }

    @Test
    void aPlainRequestOverTheSameSocketWorks() throws IOException {
        String response = rawGet(server, "/compare/a-vs-b/");
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        assertTrue(response.contains("<title>A vs B</title>"), response);
    }
}

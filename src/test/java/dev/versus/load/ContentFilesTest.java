package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.model.ContentPage;
import dev.versus.model.SiteContent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content folder's files: the size limit, front matter cut from the text, and how files are named. */
class ContentFilesTest {
    @TempDir
    Path dir;

    @Test
    void aPageOfExactlyOneMegabyteIsReadAndOneByteMoreIsNot() throws Exception {
        String front = "---\ntitle: Big\ndescription: D\nslug: big\n---\n";
        byte[] page = (front + "a".repeat(1_048_576 - front.length())).getBytes(StandardCharsets.US_ASCII);
        Files.createDirectories(dir.resolve("pages"));
        Files.write(dir.resolve("pages/big.md"), page);

        List<ContentPage> pages = ContentReader.readPages(dir);
        assertEquals("Big", pages.get(0).title());
        assertEquals(dir.resolve("pages/big.md") + ":1:1", pages.get(0).layoutAt());

        Files.write(dir.resolve("pages/big.md"), "b".getBytes(StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> ContentReader.readPages(dir));
        assertEquals(List.of(dir.resolve("pages/big.md")
                + ":1:1: the page is 1,048,577 bytes; the limit is 1,048,576 (1 MB)"), e.errors());
    }

    @Test
    void anEditorTextIsTheMarkdownAfterItsFrontMatter() throws Exception {
        Files.createDirectories(dir.resolve("technologies"));
        Files.writeString(dir.resolve("technologies/django.md"), "---\n---\nText\n");
        SiteContent content = ContentReader.read(dir);
        assertEquals(Map.of("django", "Text\n"), content.technologyTexts());
    }

    @Test
    void everyBadFileOfTheFolderIsReported() throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        Files.createDirectories(dir.resolve("categories"));
        Files.writeString(dir.resolve("pages/a.md"), "---\ntitle: A\ndescription: D\nslug: Not A Slug\n---\n");
        Files.writeString(dir.resolve("categories/cms.md"), "---\nslug: cms\n---\n");
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> ContentReader.read(dir));
        assertEquals(List.of(
                dir.resolve("categories/cms.md") + ":2:1: unknown front matter key \"slug\"; this file takes none",
                dir.resolve("pages/a.md") + ":4:7: front matter slug \"Not A Slug\" is not a valid slug (lower-case "
                        + "letters and digits, parts joined by '.' or '-', none equal to \"vs\")"),
                e.errors());
    }

    @Test
    void aFileInsideTheJarIsNamedAsBuiltIn() throws Exception {
        Path jar = dir.resolve("versus.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path inside = zip.getPath("/versus/default/templates/page.ftlh");
            assertEquals("<built-in>/templates/page.ftlh", SourceNames.of(inside));
        }
        assertEquals(Path.of("templates", "page.ftlh").toString(), SourceNames.of(Path.of("templates", "page.ftlh")));
    }
}

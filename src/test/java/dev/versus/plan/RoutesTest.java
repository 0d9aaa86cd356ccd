package dev.versus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void comparisonRouteIsCanonicalWhicheverOrderTheSlugsComeIn() {
        assertEquals("compare/django-vs-flask/", Routes.comparison("django", "flask"));
        assertEquals("compare/django-vs-flask/", Routes.comparison("flask", "django"));
    }

    @Test
    void canonicalOrderIsPlainCodePointOrder() {
        assertEquals("compare/a-b-vs-a.b/", Routes.comparison("a.b", "a-b"), "'-' (45) sorts before '.' (46)");
        assertEquals("compare/a1-vs-ab/", Routes.comparison("ab", "a1"), "digits sort before letters");
    }

    @Test
    void pathToTheRootClimbsOneLevelPerFolder() {
        assertEquals("", Routes.toRoot(""));
        assertEquals("../", Routes.toRoot("methodology/"));
        assertEquals("../../", Routes.toRoot("compare/a-vs-b/"));
        assertEquals("../", Routes.toRoot("assets/site.css"));
    }

    @Test
    void foldersAreWrittenAsIndexFiles() {
        assertEquals("compare/a-vs-b/index.html", Routes.file("compare/a-vs-b/"));
        assertEquals("assets/site.css", Routes.file("assets/site.css"));
    }

    @Test
    void countryRoutesAreLowerCase() {
        assertEquals("countries/gb/", Routes.country("GB"));
    }
}

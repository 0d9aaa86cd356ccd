package dev.versus.render;

/** A link as a page shows it; href is relative to the page (or absolute for other sites). */
public record Link(String text, String href) {
}

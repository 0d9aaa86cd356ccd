package dev.versus.check;

/**
 * A problem before its position is known: pages are first parsed without position tracking, so
 * a problem names its element by index in document order and, for a bad URL, the attribute.
 *
 * @param file index in {@link SiteFiles}
 * @param element index in {@code Document.getAllElements()}, or -1 for the file as a whole
 * @param attribute attribute name, or null for the element itself
 */
record Finding(int file, int element, String attribute, String message) {

    static Finding ofFile(int file, String message) {
        return new Finding(file, -1, null, message);
    }
}

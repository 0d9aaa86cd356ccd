package dev.versus.model;

/**
 * A name in a message file for something the snapshot names: a category ("categories.cms") or a
 * kind of site ("site_kinds.shopping"). Plain text, not an ICU message; kept with where it was
 * written, for the check against the snapshot, which is read beside the message files.
 */
public record MessageName(String key, String text, String file, int line, int column) {
}

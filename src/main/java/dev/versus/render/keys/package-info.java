/**
 * Input keys for incremental builds: a SHA-256 of everything a page shows ({@link
 * dev.versus.render.keys.InputKeys}), and the snapshot's part of the keys of comparison,
 * technology and category pages computed from the snapshot before any figure ({@link
 * dev.versus.render.keys.SnapshotInputs}). Separate because they decide whether a page is
 * rendered at all, not what it shows; a page that changes without its key changing would be left
 * stale.
 */
package dev.versus.render.keys;

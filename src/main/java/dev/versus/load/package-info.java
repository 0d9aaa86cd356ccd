/**
 * The snapshot reader: turns a snapshot file (JSON, optionally gzip-compressed, format version 1)
 * into the immutable {@link dev.versus.model.Snapshot}, or refuses it with every error found, each
 * naming the file, line, column (UTF-16 code units) and JSON path, so that the build writes nothing
 * from bad data. It decodes strict UTF-8, parses with Jackson's streaming parser into a small
 * positioned tree, then checks that tree against the schema in one linear pass while building the
 * records. {@link dev.versus.load.Slugs} holds the slug rule for other stages to reuse.
 */
package dev.versus.load;

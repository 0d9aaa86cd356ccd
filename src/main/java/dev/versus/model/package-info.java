/**
 * The domain model: immutable records for what a snapshot says (technologies, categories, their
 * usage counts). Every later stage reads these and none changes them; collections in them are
 * unmodifiable and, where they are maps, sorted by key so that iteration is deterministic.
 */
package dev.versus.model;

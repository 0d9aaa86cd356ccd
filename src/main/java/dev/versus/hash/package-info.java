/**
 * The two hashes every stage may use: FNV-1a for sharding, seeding and lookup sets, and SHA-256
 * for input keys and digests. Shared rather than owned by a stage because load, plan, render,
 * write and synth all need them, and their values are part of the output, so there must be one
 * definition of each.
 */
package dev.versus.hash;

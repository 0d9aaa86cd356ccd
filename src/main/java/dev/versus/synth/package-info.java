/**
 * Makes synthetic snapshots for tests and benchmarks ({@code versus synth}): any number of
 * made-up technologies, categories and countries, with Zipf-like totals, modeled breakdowns,
 * history, pricing and the optional fields, written in snapshot format version 1. The same
 * arguments always give the same bytes: every random draw comes from {@link
 * dev.versus.synth.SynthRandom}, a fully specified generator seeded per technology and purpose,
 * and nothing iterates a hash map. Technologies are made and written one at a time, so memory
 * stays flat however many there are. Entry point: {@link dev.versus.synth.Synth}.
 */
package dev.versus.synth;

/**
 * Derives the default snapshot from real public data: HTTP Archive usage counts of 2023-01-01
 * (with 2022-02-01 as history) joined with the facts of Wappalyzer's technology catalog, plus
 * country and kind-of-site breakdowns that no public source provides and that are therefore
 * modeled, deterministically and per technology, and marked as modeled in the snapshot. Entry
 * point: {@link dev.versus.derive.SnapshotDerivation}; the site build only reads its committed
 * output and never runs it.
 */
package dev.versus.derive;

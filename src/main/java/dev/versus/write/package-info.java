/**
 * The write stage: pages go to disk as they are rendered, on every core, into a staging folder
 * beside the output folder; only a build that wrote every page swaps it in. A failed build
 * leaves the previous output exactly as it was.
 */
package dev.versus.write;

/**
 * The plan stage: which pages the site has and where each one goes. The plan names every page
 * without rendering any; comparison pages are listed lazily (there can be millions), the rest
 * are few and held in a list that is checked for two pages claiming the same path.
 */
package dev.versus.plan;

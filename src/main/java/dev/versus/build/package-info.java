/**
 * The build as a list of named stages, {@code load -> compare -> plan -> render -> write}, in
 * one short method ({@link dev.versus.build.SiteBuild#run}). Each stage's failure is reported
 * with the stage's name and leaves the previous output untouched.
 */
package dev.versus.build;

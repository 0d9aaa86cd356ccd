/**
 * The command line: {@code versus build}, {@code versus validate} and {@code versus derive}, with
 * the exit codes users script against (0 success, 1 invalid input, 2 usage error, 3 internal
 * error). Commands only parse flags and report; the work is done by the build's stages.
 */
package dev.versus.cli;

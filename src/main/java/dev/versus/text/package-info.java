/**
 * How figures and sentences are worded: counts with thousands separators, percentages and ratios
 * rounded half up on exact values, English ordinals and lists, country names with their articles,
 * the same kinds of figure in each shipped {@link dev.versus.text.Language} by CLDR's rules
 * ({@link dev.versus.text.LocaleFormats}), and the sentences of a comparison page built from a {@link dev.versus.compare.Comparison}. Pure
 * functions of their arguments, with no I/O and no dependence on the default locale, so the same
 * figures always read the same; the output is plain text that templates escape.
 */
package dev.versus.text;

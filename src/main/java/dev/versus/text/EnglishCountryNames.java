package dev.versus.text;

import java.util.Map;
import java.util.Set;

/**
 * Facts about country names in English prose that CLDR does not give: cleaner names where
 * CLDR's read badly in a sentence, and which names take "the".
 */
final class EnglishCountryNames {
    private EnglishCountryNames() {
    }

    /**
     * Replacements for CLDR names ({@link CldrCountryNames}) that carry disambiguation meant for menus
     * ("Hong Kong SAR China", "Congo - Kinshasa"), an ampersand, an abbreviated "St.", or a
     * typographic apostrophe nobody types when searching.
     */
    static final Map<String, String> CLEANER_NAMES = Map.ofEntries(
            Map.entry("AG", "Antigua and Barbuda"),
            Map.entry("BA", "Bosnia and Herzegovina"),
            Map.entry("BL", "Saint Barthélemy"),
            Map.entry("CD", "Democratic Republic of the Congo"),
            Map.entry("CG", "Republic of the Congo"),
            Map.entry("CI", "Côte d'Ivoire"),
            Map.entry("GS", "South Georgia and the South Sandwich Islands"),
            Map.entry("HK", "Hong Kong"),
            Map.entry("HM", "Heard Island and McDonald Islands"),
            Map.entry("KN", "Saint Kitts and Nevis"),
            Map.entry("LC", "Saint Lucia"),
            Map.entry("MF", "Saint Martin"),
            Map.entry("MM", "Myanmar"),
            Map.entry("MO", "Macao"),
            Map.entry("PM", "Saint Pierre and Miquelon"),
            Map.entry("PS", "Palestine"),
            Map.entry("SH", "Saint Helena"),
            Map.entry("SJ", "Svalbard and Jan Mayen"),
            Map.entry("ST", "São Tomé and Príncipe"),
            Map.entry("TC", "Turks and Caicos Islands"),
            Map.entry("TT", "Trinidad and Tobago"),
            Map.entry("UM", "United States Minor Outlying Islands"),
            Map.entry("VC", "Saint Vincent and the Grenadines"),
            Map.entry("WF", "Wallis and Futuna"));

    /**
     * Codes whose English name (as above, or CLDR's) takes "the" in a sentence: plurals
     * ("the Netherlands", "the Cayman Islands"), names built on a common noun ("the United
     * States", "the Dominican Republic") and "the Gambia". Not Czechia, Vatican City or the
     * Isle of Man, whose names stand alone.
     */
    static final Set<String> WITH_ARTICLE = Set.of(
            "AE", "AX", "BQ", "BS", "CC", "CD", "CF", "CG", "CK", "DO", "FK", "FO", "GB", "GM",
            "HM", "IO", "KM", "KY", "MH", "MP", "MV", "NL", "PH", "PN", "SB", "SC", "TC", "TF",
            "UM", "US", "VG", "VI");
}

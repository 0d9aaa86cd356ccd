package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theSixLanguagesWithTheirCodesAndNames() {
        assertEquals(List.of("en", "de", "fr", "es", "ja", "ar"), Arrays.stream(Language.values()).map(Language::code).toList());
        assertEquals(List.of("English", "Deutsch", "Français", "Español", "日本語", "العربية"),
                Arrays.stream(Language.values()).map(Language::nameInItself).toList());
        assertEquals(List.of("en", "de", "fr", "es", "ja", "ar"), Arrays.stream(Language.values()).map(Language::htmlLang).toList());
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertEquals(List.of(Language.AR), Arrays.stream(Language.values()).filter(Language::rightToLeft).toList());
    }

    @Test
    void codesAreLookedUpExactly() {
        assertEquals(Optional.of(Language.JA), Language.of("ja"));
        assertEquals(Optional.empty(), Language.of("JA"));
        assertEquals(Optional.empty(), Language.of("pt"));
        assertEquals(Optional.empty(), Language.of("de-AT"));
        assertEquals(Optional.empty(), Language.of(""));
    }

    /** The names are spelled out in Language; CLDR's menu form of each must still agree. */
    @Test
    void namesInThemselvesAreCldrsMenuForms() {
        for (Language language : Language.values()) {
            LocaleDisplayNames names = LocaleDisplayNames.getInstance(language.locale(),
                    DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU);
            assertEquals(language.nameInItself(), names.languageDisplayName(language.code()), language.code());
        }
    }
}

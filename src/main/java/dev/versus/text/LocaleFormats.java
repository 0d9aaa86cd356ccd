package dev.versus.text;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.number.Scale;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.NoUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Figures written by one language's rules, all from CLDR 49 through ICU4J (whose data ships in
 * the jar, so every JDK and every default locale gives the same strings; the JDK's own locale
 * data is never used). One instance per {@link Language}, immutable and safe to share between
 * render threads.
 *
 * <p>Thread safety: numbers, percentages and lists use ICU classes documented as immutable and
 * thread-safe ({@link LocalizedNumberFormatter}, {@link ListFormatter}); country names are read
 * once into an immutable map. {@link DateFormat} and {@link RuleBasedNumberFormat} are not
 * thread-safe, so each call formats with a clone of a prototype that is never used directly.
 * Clones rather than a {@link ThreadLocal}: a clone costs microseconds, far less than rendering a
 * page, and leaves nothing behind in pooled or short-lived render threads.
 *
 * <p>Arabic: CLDR 49 writes "ar" with Latin digits (its default numbering system for "ar" is
 * "latn"; only regional variants such as ar-EG and ar-SA default to Arabic-Indic digits). We keep
 * that default, so an Arabic page shows the same digits as its charts and its JSON twin.
 */
public final class LocaleFormats {
    /** CLDR's "%" rounds half even; pages round half up on the exact value (see {@link Percentages}). */
    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final java.math.MathContext TWO_SIGNIFICANT_DIGITS = new java.math.MathContext(2, ROUNDING);

    /**
     * Built on first use: one language's CLDR data takes a few hundred milliseconds to load, which
     * a site in English only should not pay five times over.
     */
    private static final Map<Language, LocaleFormats> INSTANCES = new ConcurrentHashMap<>();

    /** Percentages with 0 to this many decimals keep a ready formatter; more are derived per call. */
    private static final int CACHED_FRACTION_DIGITS = 3;

    private final Language language;
    private final LocalizedNumberFormatter counts;
    private final LocalizedNumberFormatter percents;
    /** {@link #percents} with 0 to {@link #CACHED_FRACTION_DIGITS} decimals, by their number. */
    private final List<LocalizedNumberFormatter> fixedPercents;
    private final LocalizedNumberFormatter smallShares;
    /**
     * Shares as written, by their value rounded as they are shown (one decimal of a percent, or
     * two significant digits below 1%): ICU's formatting of a long BigDecimal was a tenth of a
     * comparison page's CPU, and rounded shares take at most a few thousand values.
     */
    private final Map<BigDecimal, String> shares = new ConcurrentHashMap<>();
    private final Map<BigDecimal, String> smallShareTexts = new ConcurrentHashMap<>();
    /** Dates as written: a snapshot has a handful, shown on every page. */
    private final Map<LocalDate, String> dates = new ConcurrentHashMap<>();
    private final DateFormat longDatePrototype;
    private final RuleBasedNumberFormat ordinalPrototype;
    private final ListFormatter lists;
    private final Map<String, String> countryNames;

    private LocaleFormats(Language language) {
        ULocale locale = language.locale();
        this.language = language;
        this.counts = NumberFormatter.withLocale(locale).precision(Precision.integer()).roundingMode(ROUNDING);
        this.percents = NumberFormatter.withLocale(locale).unit(NoUnit.PERCENT).scale(Scale.powerOfTen(2))
                .roundingMode(ROUNDING);
        this.fixedPercents = IntStream.rangeClosed(0, CACHED_FRACTION_DIGITS)
                .mapToObj(digits -> percents.precision(Precision.fixedFraction(digits))).toList();
        this.smallShares = percents.precision(Precision.fixedSignificantDigits(2));
        this.longDatePrototype = DateFormat.getDateInstance(DateFormat.LONG, dateLocale(language));
        this.longDatePrototype.setCalendar(gregorianCalendar(locale));
        this.ordinalPrototype = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.ORDINAL);
        this.lists = ListFormatter.getInstance(locale);
        this.countryNames = countryNames(locale);
    }

    /** The one instance for the language. */
    public static LocaleFormats of(Language language) {
        return INSTANCES.computeIfAbsent(language, LocaleFormats::new);
    }

    public Language language() {
        return language;
    }

    /** A whole number with the language's grouping: "1,234,567", "1.234.567", "1 234 567" (U+202F in French). */
    public String count(long count) {
        return counts.format(count).toString();
    }

    /**
     * A fraction (0.123) as a percentage with exactly this many decimals, rounded half up:
     * "12.3%", "12,3 %" (U+00A0 before the sign in German, French and Spanish).
     *
     * @throws IllegalArgumentException for fewer than 0 or more than 999 decimals (ICU's limit)
     */
    public String percent(BigDecimal fraction, int fractionDigits) {
        LocalizedNumberFormatter format = fractionDigits >= 0 && fractionDigits <= CACHED_FRACTION_DIGITS
                ? fixedPercents.get(fractionDigits)
                : percents.precision(Precision.fixedFraction(fractionDigits));
        return format.format(fraction).toString();
    }

    /**
     * A share as {@link Percentages#share(BigDecimal)} writes it, in the language's symbols: one
     * decimal from 1%, two significant digits below it ("0.042%"), "0.0%" for exactly none.
     *
     * @throws IllegalArgumentException for a negative fraction, which no share can be
     */
    public String share(BigDecimal fraction) {
        if (fraction.signum() < 0) {
            throw new IllegalArgumentException("A share cannot be negative: " + fraction);
        }
        // Rounding first, the way the formatter rounds, then formatting the rounded value gives
        // the formatter's own text for the exact one (rounding a rounded value changes nothing).
        if (fraction.signum() > 0 && fraction.compareTo(ONE_PERCENT) < 0) {
            return smallShareTexts.computeIfAbsent(fraction.round(TWO_SIGNIFICANT_DIGITS),
                    rounded -> smallShares.format(rounded).toString());
        }
        return shares.computeIfAbsent(fraction.setScale(3, ROUNDING),
                rounded -> fixedPercents.get(1).format(rounded).toString());
    }

    /** The long date, month spelled out: "1 February 2022", "1. Februar 2022", "2022年2月1日". */
    public String date(LocalDate date) {
        return dates.computeIfAbsent(date, this::newDate);
    }

    private String newDate(LocalDate date) {
        GregorianCalendar calendar = gregorianCalendar(language.locale());
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        DateFormat format = (DateFormat) longDatePrototype.clone();
        return format.format(calendar, new StringBuffer(), new FieldPosition(0)).toString();
    }

    /**
     * The ordinal in digits by CLDR's rules: "1st", "1.", "1er", "1.º", "第1", and plain "1" in
     * Arabic (CLDR gives Arabic no ordinal mark for digits). The default form, which is the
     * masculine singular in French and Spanish: ranks there are of a masculine noun ("le 1er rang",
     * "el puesto 1.º"). See {@link #feminineOrdinal(long)} for the other.
     */
    public String ordinal(long n) {
        return ((RuleBasedNumberFormat) ordinalPrototype.clone()).format(n);
    }

    /** The feminine singular ordinal where the language has one ("1re", "1.ª"), else {@link #ordinal(long)}. */
    public String feminineOrdinal(long n) {
        RuleBasedNumberFormat format = (RuleBasedNumberFormat) ordinalPrototype.clone();
        for (String ruleSet : format.getRuleSetNames()) {
            if (ruleSet.equals("%digits-ordinal-feminine")) {
                return format.format(n, ruleSet);
            }
        }
        return format.format(n);
    }

    /**
     * An ICU message whose one argument is {@code n}, typically
     * {@code {n, plural, one {# technology} other {# technologies}}}: the language's plural
     * categories choose the form (Arabic has zero, one, two, few, many and other) and {@code #}
     * is the count with the language's grouping.
     *
     * @throws IllegalArgumentException when the pattern does not parse or uses another argument
     */
    public String plural(long n, String messagePattern) {
        MessageFormat format = new MessageFormat(messagePattern, language.locale());
        Set<String> arguments = format.getArgumentNames();
        if (!arguments.equals(Set.of("n"))) {
            throw new IllegalArgumentException("The message must use the one argument {n}, not " + arguments
                    + ": " + messagePattern);
        }
        return format.format(Map.of("n", n));
    }

    /** The items joined by the language's rules: "A, B, and C", "A, B und C", "A、B、C"; "" for none. */
    public String list(List<String> items) {
        return items.isEmpty() ? "" : lists.format(items);
    }

    /** The name of an ISO 3166-1 alpha-2 code in the language ("DE" → "Deutschland"), empty for a code not in ISO 3166-1. */
    public Optional<String> countryName(String isoCode) {
        return Optional.ofNullable(countryNames.get(isoCode));
    }

    /**
     * English pages write dates day first ("1 February 2022"), as CLDR's international English
     * (en-001) does; plain "en" is American ("February 1, 2022"). Every other figure of English
     * uses plain "en", whose lists keep the serial comma the rules ask for.
     */
    private static ULocale dateLocale(Language language) {
        return language == Language.EN ? new ULocale("en_001") : language.locale();
    }

    /**
     * A Gregorian calendar at midnight UTC with no Julian switch, so that any {@link LocalDate}
     * (proleptic Gregorian) shows its own day whatever the JVM's time zone.
     */
    private static GregorianCalendar gregorianCalendar(ULocale locale) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        calendar.clear();
        return calendar;
    }

    /** Every code of {@link CldrCountryNames} with its name in the locale. */
    private static Map<String, String> countryNames(ULocale locale) {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale);
        Map<String, String> byCode = new TreeMap<>();
        for (String code : CldrCountryNames.codes()) {
            byCode.put(code, names.regionDisplayName(code));
        }
        return Map.copyOf(byCode);
    }
}

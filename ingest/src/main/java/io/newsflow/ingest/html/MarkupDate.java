package io.newsflow.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates web pages write, in attributes ("2020-06-07T10:30:00+03:00", RFC 1123, epoch seconds) and in
 * text ("7 червня 2020", "June 7, 2020", "07.06.2020", "2020年6月7日"), into ISO 8601: a date, or a date-time with
 * its stated offset when the page gave a time and a zone.
 */
final class MarkupDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?");
    private static final Pattern EPOCH = Pattern.compile("1\\d{9}|1\\d{12}");
    private static final Pattern RFC_LIKE = Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:GMT|UTC|[+-]\\d{4})");

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|-?го)?\\s*(?:de\\s+|of\\s+)?(\\p{L}{3,}\\.?)\\s*,?\\s*(?:de\\s+|del\\s+)?"
                    + "(\\d{4})(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})\\.?\\s+(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS);

    private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** Month names and abbreviations of the languages news pages are most often written in. */
    private static final Map<String, Integer> MONTHS = months(
            "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
            "september sep sept", "october oct", "november nov", "december dec",
            // German
            "januar jänner jän", "februar", "märz mär", "", "mai", "juni", "juli", "", "", "oktober okt", "",
            "dezember dez",
            // French
            "janvier janv", "février fevrier févr fevr fév", "mars", "avril avr", "", "juin", "juillet juil",
            "août aout", "septembre", "octobre", "novembre", "décembre decembre déc",
            // Spanish
            "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
            "septiembre setiembre", "octubre", "noviembre", "diciembre dic",
            // Italian
            "gennaio gen", "febbraio", "", "aprile", "maggio mag", "giugno giu", "luglio lug", "",
            "settembre set", "ottobre ott", "", "dicembre",
            // Portuguese
            "janeiro", "fevereiro fev", "março marco", "", "maio", "junho", "julho", "", "setembro", "outubro out",
            "", "dezembro",
            // Dutch, Swedish, Danish, Norwegian, Indonesian
            "januari", "februari", "maart marts maret", "", "mei maj", "", "", "augustus augusti agustus", "", "", "",
            "desember",
            // Turkish
            "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
            "aralık",
            // Polish (genitive and nominative)
            "stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj", "czerwca czerwiec",
            "lipca lipiec", "sierpnia sierpień", "września wrzesień", "października październik",
            "listopada listopad", "grudnia grudzień",
            // Russian (genitive, nominative, abbreviations)
            "января январь янв", "февраля февраль фев", "марта март", "апреля апрель апр", "мая май",
            "июня июнь", "июля июль", "августа август авг", "сентября сентябрь сен сент", "октября октябрь окт",
            "ноября ноябрь ноя", "декабря декабрь дек",
            // Ukrainian
            "січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень",
            "червня червень", "липня липень", "серпня серпень", "вересня вересень", "жовтня жовтень",
            "листопада листопад", "грудня грудень",
            // Hungarian
            "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
            "október", "", "",
            // Romanian, Czech
            "ianuarie ledna", "februarie února", "martie března", "aprilie dubna", "května", "iunie června",
            "iulie července", "srpna", "septembrie září", "octombrie října", "noiembrie listopadu",
            "decembrie prosince",
            // Finnish (partitive)
            "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
            "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta");

    private MarkupDate() {
    }

    private static Map<String, Integer> months(String... rows) {
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            for (String name : rows[i].split(" ")) {
                if (!name.isEmpty()) {
                    months.put(name, i % 12 + 1);
                }
            }
        }
        return Map.copyOf(months);
    }

    /**
     * Reads a date stated in an attribute or a short element. {@code dayFirst} decides "06/07/2020" when nothing
     * else does: true for most of the world, false for pages in American English.
     */
    static Optional<String> parse(String value, boolean dayFirst) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.lookingAt()) {
                return Optional.of(fromIso(iso));
            }
            if (COMPACT.matcher(text).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6, 8))).toString());
            }
            if (EPOCH.matcher(text).matches()) {
                long number = Long.parseLong(text);
                Instant instant = text.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
                return Optional.of(instant.atOffset(ZoneOffset.UTC).toString());
            }
            Matcher rfc = RFC_LIKE.matcher(text);
            if (rfc.lookingAt()) {
                return Optional.of(ZonedDateTime.parse(rfc.group().replace("UTC", "GMT"), RFC)
                        .toOffsetDateTime().toString());
            }
        } catch (DateTimeException | NumberFormatException e) {
            return find(text, dayFirst);
        }
        return find(text, dayFirst);
    }

    /** The first full date (day, month and year) written in {@code text}. */
    static Optional<String> find(String text, boolean dayFirst) {
        Optional<String> best = Optional.empty();
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {YEAR_FIRST, DAY_FIRST, CJK, DAY_MONTH_YEAR, MONTH_DAY_YEAR,
                YEAR_MONTH_DAY}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find() && matcher.start() < bestStart) {
                Optional<LocalDate> day = read(pattern, matcher, dayFirst);
                if (day.isPresent()) {
                    best = day.map(LocalDate::toString);
                    bestStart = matcher.start();
                    break;
                }
            }
        }
        return best;
    }

    private static Optional<LocalDate> read(Pattern pattern, Matcher m, boolean dayFirst) {
        try {
            if (pattern == YEAR_FIRST || pattern == CJK) {
                return Optional.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
            }
            if (pattern == DAY_FIRST) {
                int first = number(m, 1);
                int second = number(m, 3);
                boolean firstIsDay = first > 12 || second <= 12 && dayFirst;
                return Optional.of(firstIsDay ? LocalDate.of(number(m, 4), second, first)
                        : LocalDate.of(number(m, 4), first, second));
            }
            if (pattern == DAY_MONTH_YEAR) {
                return month(m.group(2)).map(month -> LocalDate.of(number(m, 3), month, number(m, 1)));
            }
            if (pattern == MONTH_DAY_YEAR) {
                return month(m.group(1)).map(month -> LocalDate.of(number(m, 3), month, number(m, 2)));
            }
            return month(m.group(2)).map(month -> LocalDate.of(number(m, 1), month, number(m, 3)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<Integer> month(String word) {
        String name = word.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return Optional.ofNullable(MONTHS.get(name));
    }

    private static String fromIso(Matcher m) {
        LocalDate day = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        if (m.group(4) == null || m.group(7) == null) {
            return day.toString();
        }
        LocalDateTime local = day.atTime(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6));
        String zone = m.group(7);
        ZoneOffset offset = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC
                : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        return OffsetDateTime.of(local, offset).toString();
    }
}

package app.onward.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warns when a quote may identify someone: a phone number, an email address, a postcode, a street address, or the
 * name of a young person known to the authority. Warnings never block and never repeat what matched (nor say which
 * young person: the Youth Voice worker may not open records). How names are matched without drowning in false
 * alarms: docs/decisions/0019-youth-voice-challenges.md.
 */
public final class QuoteWarnings {

    /** UK numbers as people write them: 07700 900123, 0113 496 0100, +44 7700 900 123, (0113) 4960100. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+\\s?44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d(?:[\\s\\-()]{0,2}\\d){8,9}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?|[a-z]{1,2}\\d[a-z\\d]?)\\s?\\d(?:[A-Z]{2}|[a-z]{2})\\b");
    private static final String STREET_WORDS = "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct|"
            + "Crescent|Place|Pl|Grove|Gardens|Terrace|Walk|Hill|Square|Mews|Rise|Row|Parade|Green|View|Vale";
    private static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][\\p{L}'-]+\\s+){1,3}(?:" + STREET_WORDS + ")\\b"
                    + "|\\b(?:Flat|Apartment|Apt\\.?)\\s+\\d{1,4}[A-Za-z]?\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** Given names that are also everyday words: at the start of a sentence they are read as the word. */
    private static final Set<String> ALSO_WORDS = Set.of("will", "may", "grace", "hope", "faith", "joy", "rose", "mark",
            "bill", "sue", "pat", "frank", "rich", "summer", "april", "june", "dawn", "amber", "ruby", "jack", "guy", "art",
            "don", "ray", "chase", "hunter", "bob", "dean", "drew", "sky", "holly", "ivy", "lily", "daisy", "jade",
            "crystal", "autumn", "precious", "harmony", "destiny", "honey", "angel", "sunny", "max", "rob", "carol",
            "heather", "poppy", "willow", "river", "storm", "star", "penny", "robin", "hazel", "ginger", "brook", "miles",
            "lee", "young", "tom", "nick", "matt", "jean", "iris", "violet", "pearl", "ash", "rowan", "reed", "neil");

    /**
     * The names of the authority's young people.
     *
     * @param firstNames given and preferred names (kept in lower case)
     * @param fullNames  "given family" and "preferred family" (kept in lower case)
     */
    public record KnownNames(Set<String> firstNames, Set<String> fullNames) {

        public static final KnownNames NONE = new KnownNames(Set.of(), Set.of());

        public KnownNames {
            firstNames = firstNames.stream().map(name -> name.strip().toLowerCase(Locale.UK)).filter(name -> name.length() > 1)
                    .collect(Collectors.toUnmodifiableSet());
            fullNames = fullNames.stream().map(name -> name.toLowerCase(Locale.UK).strip().replaceAll("\\s+", " "))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    private QuoteWarnings() {
    }

    public static List<QuoteWarning> check(List<String> quotes, KnownNames names) {
        List<QuoteWarning> warnings = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String quote = quotes.get(i) == null ? "" : quotes.get(i);
            int number = i + 1;
            if (PHONE.matcher(quote).find()) {
                warnings.add(new QuoteWarning(i, "PHONE_NUMBER", "Quote " + number
                        + " may hold a phone number. Take it out before you submit."));
            }
            if (EMAIL.matcher(quote).find()) {
                warnings.add(new QuoteWarning(i, "EMAIL", "Quote " + number
                        + " may hold an email address. Take it out before you submit."));
            }
            if (POSTCODE.matcher(quote).find()) {
                warnings.add(new QuoteWarning(i, "POSTCODE", "Quote " + number
                        + " may hold a postcode. Take it out before you submit."));
            }
            if (STREET.matcher(quote).find()) {
                warnings.add(new QuoteWarning(i, "STREET_ADDRESS", "Quote " + number
                        + " may hold a street address. Take it out, or say only the area, before you submit."));
            }
            if (namesAYoungPerson(quote, names)) {
                warnings.add(new QuoteWarning(i, "YOUNG_PERSONS_NAME", "Quote " + number
                        + " may name a young person we know. Take the name out, or write 'a young person', before you submit."));
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * A known full name anywhere (any case), or a known given or preferred name written as a name: capitalised, and
     * not an everyday word opening a sentence ("Will we ever get a reply?").
     */
    private static boolean namesAYoungPerson(String quote, KnownNames names) {
        String spaced = " " + quote.toLowerCase(Locale.UK).replaceAll("[^\\p{L}'’-]+", " ").strip() + " ";
        if (names.fullNames().stream().anyMatch(full -> spaced.contains(" " + full + " "))) {
            return true;
        }
        Matcher word = WORD.matcher(quote);
        while (word.find()) {
            String found = word.group();
            String lower = found.toLowerCase(Locale.UK);
            if (Character.isUpperCase(found.charAt(0)) && names.firstNames().contains(lower)
                    && !(startsSentence(quote, word.start()) && ALSO_WORDS.contains(lower))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '“' && c != '\'' && c != '‘' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == '…';
            }
        }
        return true;
    }
}

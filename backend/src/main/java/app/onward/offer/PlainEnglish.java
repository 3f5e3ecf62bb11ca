package app.onward.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advice on how an entitlement's summary reads to a young person on a phone: sentences longer than
 * {@value #LONGEST_SENTENCE} words, and jargon with the plainer words to use instead. It advises; it never
 * stops publishing (an authority may have a reason), and the editor shows it beside the text.
 */
public final class PlainEnglish {

    /** Beyond about 25 words a sentence is hard to follow on a small screen (GOV.UK content guidance). */
    static final int LONGEST_SENTENCE = 25;

    /** Words and phrases that young people and plain-English guidance ask services not to use, and what to say. */
    private static final Map<String, String> JARGON = Map.ofEntries(
            Map.entry("care leaver", "care-experienced young person"),
            Map.entry("looked after child", "child in care"),
            Map.entry("LAC", "children in care"),
            Map.entry("PA", "personal adviser"),
            Map.entry("NEET", "not in education, work or training"),
            Map.entry("UASC", "young person who came to the UK alone to seek asylum"),
            Map.entry("former relevant", "say who it is for in words: \"if you were in care when you turned 18\""),
            Map.entry("eligible child", "say who it is for in words: \"if you are 16 or 17 and in care\""),
            Map.entry("discretionary", "\"we decide each time\""),
            Map.entry("in receipt of", "getting"),
            Map.entry("prior to", "before"),
            Map.entry("commence", "start"),
            Map.entry("utilise", "use"),
            Map.entry("in accordance with", "under"),
            Map.entry("pursuant to", "under"),
            Map.entry("accommodation", "home, or somewhere to live"),
            Map.entry("placement", "home"));

    private static final List<Map.Entry<Pattern, String>> PATTERNS = JARGON.entrySet().stream()
            .map(entry -> Map.entry(pattern(entry.getKey()), entry.getValue()))
            .toList();

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    public record Advice(String kind, String excerpt, String suggestion) {}

    private PlainEnglish() {
    }

    public static List<Advice> adviceOn(String text) {
        List<Advice> advice = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return advice;
        }
        for (String sentence : SENTENCE_END.split(text.strip())) {
            int words = sentence.isBlank() ? 0 : sentence.strip().split("\\s+").length;
            if (words > LONGEST_SENTENCE) {
                advice.add(new Advice("LONG_SENTENCE", firstWords(sentence, 8),
                        "This sentence has " + words + " words. Try to keep each sentence under " + LONGEST_SENTENCE + "."));
            }
        }
        for (Map.Entry<Pattern, String> jargon : PATTERNS) {
            Matcher found = jargon.getKey().matcher(text);
            if (found.find()) {
                advice.add(new Advice("JARGON", found.group(), "Instead of \"" + found.group() + "\", try " + quoted(jargon.getValue()) + "."));
            }
        }
        return advice;
    }

    /** Acronyms match only in capitals (PA, not "pa" in "pay"); words match in any case, as whole words. */
    private static Pattern pattern(String term) {
        boolean acronym = term.equals(term.toUpperCase(Locale.UK)) && term.length() <= 4;
        return Pattern.compile("\\b" + Pattern.quote(term) + "s?\\b", acronym ? 0 : Pattern.CASE_INSENSITIVE);
    }

    private static String quoted(String suggestion) {
        return suggestion.startsWith("say ") || suggestion.startsWith("\"") ? suggestion : "\"" + suggestion + "\"";
    }

    private static String firstWords(String sentence, int count) {
        String[] words = sentence.strip().split("\\s+");
        return words.length <= count ? sentence.strip() : String.join(" ", List.of(words).subList(0, count)) + " …";
    }
}

package app.onward.language.internal;

import app.onward.language.LanguageFlag;
import app.onward.language.LanguageTerm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled list of terms: finds them in a text case-insensitively, as whole words or phrases, in singular
 * or plural ("placements"), with hyphens matching spaces ("looked-after" and "looked after"). Where terms
 * overlap, the longest wins ("foster placement" over "placement"). Work is linear in the text's words
 * times the longest term's words; building one is a map of a few dozen entries.
 */
public final class TermMatcher {

    /** A word: letters and digits, with apostrophes inside ("didn't", "children's"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    private final Map<String, LanguageTerm> byKey;
    private final int longestTermInWords;

    private TermMatcher(Map<String, LanguageTerm> byKey, int longestTermInWords) {
        this.byKey = byKey;
        this.longestTermInWords = longestTermInWords;
    }

    /** Later terms replace earlier ones with the same words: pass the national list first, local terms after. */
    public static TermMatcher of(List<LanguageTerm> terms) {
        Map<String, LanguageTerm> byKey = new HashMap<>();
        int longest = 0;
        for (LanguageTerm term : terms) {
            List<String> words = words(term.term()).stream().map(Word::key).toList();
            if (!words.isEmpty()) {
                byKey.put(String.join(" ", words), term);
                longest = Math.max(longest, words.size());
            }
        }
        return new TermMatcher(Map.copyOf(byKey), longest);
    }

    /** The flags in {@code text}, in order of where they appear; none overlap. */
    public List<LanguageFlag> check(String text) {
        if (text == null || text.isEmpty() || byKey.isEmpty()) {
            return List.of();
        }
        List<Word> words = words(text);
        List<LanguageFlag> flags = new ArrayList<>();
        int index = 0;
        while (index < words.size()) {
            int matched = longestMatchAt(words, index, flags, text);
            index += Math.max(matched, 1);
        }
        return flags;
    }

    private int longestMatchAt(List<Word> words, int from, List<LanguageFlag> flags, String text) {
        for (int length = Math.min(longestTermInWords, words.size() - from); length > 0; length--) {
            StringBuilder key = new StringBuilder(words.get(from).key());
            for (int i = from + 1; i < from + length; i++) {
                key.append(' ').append(words.get(i).key());
            }
            LanguageTerm term = byKey.get(key.toString());
            if (term != null) {
                int start = words.get(from).start();
                int end = words.get(from + length - 1).end();
                flags.add(new LanguageFlag(text.substring(start, end), start, end, term.suggestion(), term.explanation()));
                return length;
            }
        }
        return 0;
    }

    private record Word(String key, int start, int end) {}

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(singular(matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'')),
                    matcher.start(), matcher.end()));
        }
        return words;
    }

    /**
     * A word's singular, near enough for matching: applied to terms and text alike, so "placements" meets
     * "placement" and "siblings" meets "sibling". Words that only look plural (status, class, crisis) are kept.
     */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s")
                && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is") && !word.endsWith("'s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}

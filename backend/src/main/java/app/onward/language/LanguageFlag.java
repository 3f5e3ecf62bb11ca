package app.onward.language;

/**
 * Words in a text that young people find stigmatising, with the words they prefer.
 *
 * @param found the words as written in the text
 * @param start character offset of the first character (inclusive)
 * @param end   character offset after the last character (exclusive)
 */
public record LanguageFlag(String found, int start, int end, String suggestion, String explanation) {
}

package app.onward.offer;

/**
 * What an entitlement gives. {@code amount} is null for what is not money (a personal adviser, a leisure
 * pass); {@code upTo} says the amount is a most ("up to £1,200"); {@code cap} says any other limit in words
 * ("12 months", "10 lessons").
 */
public record WhatYouGet(String description, Money amount, Frequency frequency, boolean upTo, String cap) {

    public enum Frequency {
        ONCE("once"), EACH_WEEK("a week"), EACH_MONTH("a month"), EACH_YEAR("a year");

        private final String words;

        Frequency(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static WhatYouGet money(String description, Money amount, Frequency frequency, boolean upTo) {
        return new WhatYouGet(description, amount, frequency, upTo, null);
    }

    public static WhatYouGet support(String description) {
        return new WhatYouGet(description, null, null, false, null);
    }

    /** "Up to £1,200 a year", "£3,000", or null when it is not money. */
    public String amountInWords() {
        if (amount == null) {
            return null;
        }
        String words = (upTo ? "Up to " : "") + amount;
        return frequency == null || frequency == Frequency.ONCE ? words : words + " " + frequency.words();
    }
}

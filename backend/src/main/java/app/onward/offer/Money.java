package app.onward.offer;

import java.math.BigDecimal;
import java.util.Optional;

/** An amount in pounds, held in whole pence so that no arithmetic ever rounds. */
public record Money(long pence) implements Comparable<Money> {

    public Money {
        if (pence < 0) {
            throw new IllegalArgumentException("An amount cannot be negative");
        }
    }

    public static Money pounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100));
    }

    /**
     * What someone typed: "3000", "3,000", "£3,000.00" or "12.5". Empty when it is not an amount of money
     * (letters, negative, more than two decimal places, or more than a million pounds).
     */
    public static Optional<Money> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.strip().replace("£", "").replace(",", "").strip();
        if (!plain.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal pounds = new BigDecimal(plain);
        if (pounds.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Money(pounds.movePointRight(2).longValueExact()));
    }

    /**
     * "£3,000" for whole pounds, "£12.50" otherwise. Written out by hand: every entitlement on every public page
     * shows its amount, and a new currency NumberFormat each time cost more than the rest of the field
     * (docs/performance.md, the offer under load).
     */
    @Override
    public String toString() {
        String pounds = Long.toString(pence / 100);
        StringBuilder text = new StringBuilder(pounds.length() + 8).append('£');
        for (int i = 0; i < pounds.length(); i++) {
            if (i > 0 && (pounds.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(pounds.charAt(i));
        }
        long penceOver = pence % 100;
        if (penceOver != 0) {
            text.append('.').append(penceOver < 10 ? "0" : "").append(penceOver);
        }
        return text.toString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }
}

package app.onward.challenge;

/** A quote may hold something that identifies someone; {@code quote} counts from 0. Never repeats what matched. */
public record QuoteWarning(int quote, String kind, String message) {
}

package app.onward.settings;

/**
 * The authority's review period or non-working days changed: every due date computed from them moves.
 * Published in the change's transaction; the clocks recompute in it.
 */
public record AuthorityCalendarChanged() {
}

package app.onward.pathwayplan;

/**
 * One changed field of one matter. {@code before} is null for something new, {@code after} for something gone.
 *
 * @param part  YOUNG_PERSONS_WORDS, ASSESSMENT, GOAL or ACTION
 * @param label what changed, in a few words: the goal's or action's description
 */
public record PlanDifference(PlanMatter matter, String part, String label, String before, String after) {
}

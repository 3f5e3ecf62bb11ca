package app.onward.infra.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Signed-out entitlement checks as the portal sends them (frontend-vaadin,
 * app.onward.portal.offer.EntitlementChecks), with made-up answers that vary the way young people's do: dates
 * of birth around the birthdays the rules turn on and anywhere from 16 to 26, sometimes only an age, every
 * category or none, and each circumstance yes, no or not answered. Seeded, so two runs send the same answers.
 * Nobody's answers: nothing here is about a real person, and none of it is printed.
 */
final class CheckerRequests {

    static final String QUERY = "query EntitlementCheck($authority: String!, $answers: CheckerAnswers!) { "
            + "entitlementCheck(authority: $authority, answers: $answers) { offerVersion checkedOn "
            + "applies { ...Checked } mayApply { ...Checked } doesNotApply { ...Checked } } } "
            + "fragment Checked on CheckedEntitlement { "
            + "entitlement { id key title summary whatYouGet { description amountInWords cap } } "
            + "reasons toCheck from until }";
    static final List<String> CATEGORIES = List.of("ELIGIBLE", "RELEVANT", "FORMER_RELEVANT", "QUALIFYING");
    static final List<String> CIRCUMSTANCES = List.of("IN_HIGHER_EDUCATION", "IN_FURTHER_EDUCATION", "ON_APPRENTICESHIP",
            "IN_WORK", "PARENT", "STAYING_PUT", "LIVING_OUTSIDE_AUTHORITY", "UNACCOMPANIED_ASYLUM_SEEKING", "SETTING_UP_HOME");
    /** The birthdays the rules of an offer start or end on. */
    private static final int[] BIRTHDAYS = {16, 17, 18, 19, 20, 21, 25};
    /** How far either side of such a birthday a date of birth falls: a rule's first and last days are in it. */
    private static final int AROUND_DAYS = 40;

    private CheckerRequests() {
    }

    /** {@code count} request bodies for the checker of {@code authority}, as of {@code today}. */
    static List<String> bodies(String authority, LocalDate today, int count, long seed) {
        Random random = new Random(seed);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add("{\"query\":\"" + QUERY + "\",\"variables\":{\"authority\":\"" + authority
                    + "\",\"answers\":" + answers(random, today) + "}}");
        }
        return bodies;
    }

    private static String answers(Random random, LocalDate today) {
        List<String> parts = new ArrayList<>();
        int kind = random.nextInt(10);
        if (kind < 6) {
            int birthday = BIRTHDAYS[random.nextInt(BIRTHDAYS.length)];
            parts.add(dateOfBirth(today.minusYears(birthday).plusDays(random.nextInt(2 * AROUND_DAYS + 1) - AROUND_DAYS)));
        } else if (kind < 9) {
            parts.add(dateOfBirth(today.minusYears(16).minusDays(random.nextInt(10 * 365))));
        } else {
            parts.add("\"age\":" + (16 + random.nextInt(10)));
        }
        if (random.nextInt(5) > 0) {
            parts.add("\"category\":\"" + CATEGORIES.get(random.nextInt(CATEGORIES.size())) + "\"");
        }
        List<String> circumstances = new ArrayList<>();
        for (String circumstance : CIRCUMSTANCES) {
            int answer = random.nextInt(3);
            if (answer < 2) {
                circumstances.add("{\"circumstance\":\"" + circumstance + "\",\"applies\":" + (answer == 0) + "}");
            }
        }
        parts.add("\"circumstances\":[" + String.join(",", circumstances) + "]");
        return "{" + String.join(",", parts) + "}";
    }

    private static String dateOfBirth(LocalDate date) {
        return "\"dateOfBirth\":\"" + date + "\"";
    }
}

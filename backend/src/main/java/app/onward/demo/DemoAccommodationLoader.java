package app.onward.demo;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Month;
import java.util.UUID;

import static app.onward.jooq.Tables.ACCOMMODATION_PERIOD;
import static app.onward.jooq.Tables.ACTIVITY_PERIOD;

/**
 * Where each demo young person has lived and what they have done since leaving care, by their age: supported
 * lodgings or semi-independent living at 16, then for the older ones staying put, a flat of their own, or a
 * spell without a settled home. Every entry keeps the SSDA903 rules (app.onward.accommodation.Ssda903Rules); a
 * day still to come is brought back to today.
 */
@Component
class DemoAccommodationLoader {

    private final DSLContext dsl;

    DemoAccommodationLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void load(int position, String givenName, UUID youngPerson, UUID adviser, LocalDate born, LocalDate today) {
        LocalDate leftCare = born.plusYears(16).plusMonths(1);
        LocalDate eighteen = born.plusYears(18);
        LocalDate lastSeptember = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, Month.SEPTEMBER, 1);
        if (givenName.equals("Tyler")) {
            // Supported lodgings, then semi-independent living near college (his plan: ready for a tenancy soon).
            accommodation(today, youngPerson, adviser, leftCare, "E", "SUITABLE");
            accommodation(today, youngPerson, adviser, eighteen.plusMonths(2), "D", "SUITABLE");
            activity(today, youngPerson, adviser, leftCare, "G5");
            activity(today, youngPerson, adviser, eighteen.plusMonths(1), "P5");
            activity(today, youngPerson, adviser, lastSeptember.isAfter(eighteen.plusMonths(1)) ? lastSeptember : today, "F2");
            return;
        }
        accommodation(today, youngPerson, adviser, leftCare, position % 2 == 0 ? "E" : "D", "SUITABLE");
        activity(today, youngPerson, adviser, leftCare, "F2");
        if (!eighteen.isAfter(today)) {
            switch (position % 4) {
                case 0 -> accommodation(today, youngPerson, adviser, eighteen, "Z", "SUITABLE");
                case 1 -> {
                    accommodation(today, youngPerson, adviser, eighteen.plusMonths(3), "S", "UNSUITABLE");
                    accommodation(today, youngPerson, adviser, eighteen.plusMonths(5), "V", "UNSUITABLE");
                }
                case 2 -> accommodation(today, youngPerson, adviser, eighteen.plusMonths(6), "U", "SUITABLE");
                default -> accommodation(today, youngPerson, adviser, eighteen.plusMonths(4), "T", "SUITABLE");
            }
            String[] afterEighteen = {"F5", "F4", "G5", "F1", "P5", "G6"};
            activity(today, youngPerson, adviser, eighteen.plusMonths(1), afterEighteen[position % afterEighteen.length]);
        }
    }

    private void accommodation(LocalDate today, UUID youngPerson, UUID adviser, LocalDate from, String type, String suitability) {
        dsl.insertInto(ACCOMMODATION_PERIOD)
                .set(ACCOMMODATION_PERIOD.YOUNG_PERSON_ID, youngPerson)
                .set(ACCOMMODATION_PERIOD.STARTS_ON, min(from, today))
                .set(ACCOMMODATION_PERIOD.ACCOMMODATION, type)
                .set(ACCOMMODATION_PERIOD.SUITABILITY, suitability)
                .set(ACCOMMODATION_PERIOD.RECORDED_BY, adviser)
                .execute();
    }

    private void activity(LocalDate today, UUID youngPerson, UUID adviser, LocalDate from, String code) {
        dsl.insertInto(ACTIVITY_PERIOD)
                .set(ACTIVITY_PERIOD.YOUNG_PERSON_ID, youngPerson)
                .set(ACTIVITY_PERIOD.STARTS_ON, min(from, today))
                .set(ACTIVITY_PERIOD.ACTIVITY, code)
                .set(ACTIVITY_PERIOD.RECORDED_BY, adviser)
                .execute();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

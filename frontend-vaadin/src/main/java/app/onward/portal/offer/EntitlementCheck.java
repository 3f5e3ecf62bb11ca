package app.onward.portal.offer;

import java.time.LocalDate;
import java.util.List;

/** The backend's answer to the checker: each entitlement of the latest offer, by what the answers say of it. */
public record EntitlementCheck(int offerVersion, LocalDate checkedOn, List<Checked> applies, List<Checked> mayApply,
                               List<Checked> doesNotApply) {

    /**
     * @param reasons why it does not apply
     * @param toCheck what to find out before it can be said to apply
     * @param until   the last day it applies, when the date of birth is known and it has an end
     */
    public record Checked(Entitlement entitlement, List<String> reasons, List<String> toCheck, LocalDate from,
                          LocalDate until) {}
}

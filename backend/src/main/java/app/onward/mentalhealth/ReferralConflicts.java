package app.onward.mentalhealth;

import app.onward.clock.Today;
import app.onward.graphql.UserError;
import app.onward.mentalhealth.internal.ReferralRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What someone else changed on a referral since the version a person opened, in words, from the audit trail: "Since
 * you opened it, Priya Sharma recorded 'Accepted' on 3 March 2026." Names the fields changed, never their content.
 */
@Component
class ReferralConflicts {

    private static final Map<String, String> FIELD_WORDS = Map.of(
            "service", "the service", "serviceName", "the organisation's name", "reason", "the reason",
            "urgency", "the urgency", "consent", "the consent", "knownToCamhsBefore18", "whether they were known to CAMHS",
            "transitionFromCamhs", "whether it is a move from CAMHS");

    private final ReferralRepository referrals;
    private final JsonMapper json;

    ReferralConflicts(ReferralRepository referrals, JsonMapper json) {
        this.referrals = referrals;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UserError since(ReferralId id, int version) {
        List<String> changes = new ArrayList<>();
        for (ReferralRepository.ChangeSince change : referrals.changesSince(id, version, ReferralReads.ENTITY)) {
            JsonNode after = json.readTree(change.after().data());
            String by = change.by() == null ? "someone" : change.by();
            if (change.action().equals(ReferralChanges.STATUS)) {
                changes.add(by + " recorded '" + ReferralStatus.valueOf(after.path("status").asString()).words() + "' on "
                        + Days.inWords(LocalDate.parse(after.path("on").asString())));
            } else if (change.action().equals(ReferralChanges.UPDATE)) {
                List<String> fields = ReferralChanges.FIELDS.keySet().stream().filter(after::has).map(FIELD_WORDS::get).toList();
                changes.add(by + (fields.isEmpty() ? " saved it unchanged" : " changed " + inWords(fields)) + " on "
                        + Days.inWords(change.at().atZoneSameInstant(Today.ENGLAND).toLocalDate()));
            }
        }
        String what = changes.isEmpty() ? "Someone changed this referral since you opened it."
                : "Since you opened it, " + String.join("; then ", changes) + ".";
        return UserError.conflict(what + " Nothing you sent was saved: check the referral as it is now, then make your change again.");
    }

    private static String inWords(List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}

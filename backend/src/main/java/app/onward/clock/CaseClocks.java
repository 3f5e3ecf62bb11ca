package app.onward.clock;

import app.onward.clock.internal.ClockRepository;
import app.onward.pathwayplan.PathwayPlanSignedOff;
import app.onward.settings.AuthorityCalendarChanged;
import app.onward.settings.AuthoritySettingsService;
import app.onward.settings.WorkingCalendar;
import app.onward.youngperson.YoungPersonId;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Keeps {@code case_clock} true: every write that moves a due date calls {@link #recompute} in its own
 * transaction (or publishes an event heard here, synchronously), so a due date is never stale and never typed
 * in. See docs/decisions/0010-clocks.md.
 */
@Service
public class CaseClocks {

    private final ClockRepository clocks;
    private final AuthoritySettingsService settings;

    CaseClocks(ClockRepository clocks, AuthoritySettingsService settings) {
        this.clocks = clocks;
        this.settings = settings;
    }

    /** Recomputes one young person's clocks, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(YoungPersonId youngPerson) {
        recompute(YOUNG_PERSON.ID.eq(youngPerson.value()));
    }

    /** Recomputes every young person's clocks of the transaction's authority (after its calendar changed, or a bulk load). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recomputeAll() {
        recompute(DSL.trueCondition());
    }

    /** A sign-off is the needs assessment done, or a review: heard in the sign-off's transaction. */
    @EventListener
    void on(PathwayPlanSignedOff signedOff) {
        recompute(signedOff.youngPerson());
    }

    @EventListener
    void on(AuthorityCalendarChanged changed) {
        recomputeAll();
    }

    private void recompute(Condition which) {
        WorkingCalendar calendar = settings.calendar();
        int reviewAfterChange = settings.current().reviewAfterChangeWorkingDays();
        Map<UUID, ClockInputs> inputs = clocks.inputs(which);
        inputs.forEach((id, in) -> ClockRules.compute(in, calendar, reviewAfterChange).ifPresentOrElse(
                computed -> clocks.store(id, computed),
                () -> clocks.remove(id)));
    }
}

package app.onward.pathwayplan;

import app.onward.graphql.UserError;
import app.onward.audit.AuditLog;
import app.onward.pathwayplan.PlanViews.MyPlan;
import app.onward.pathwayplan.PlanViews.MySection;
import app.onward.pathwayplan.PlanViews.Version;
import app.onward.pathwayplan.internal.PathwayPlanRepository;
import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.YoungPersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A care-experienced young person and their own plan: they read the latest signed-off version, or a newer
 * draft their adviser shared, never an unshared draft; they may comment on it and say they agree. Nothing
 * here takes an id: the young person is the one the token's account is linked to (docs/decisions/0009).
 */
@Service
public class MyPlanService {

    static final int COMMENT_MAX = 2_000;
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final RecordAccess access;
    private final PathwayPlanRepository plans;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    MyPlanService(RecordAccess access, PathwayPlanRepository plans, AuditLog audit, ApplicationEventPublisher events) {
        this.access = access;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
    }

    /** The contract's CommentOnMyPlanPayload and AgreeWithMyPlanPayload. */
    public record MyPlanOutcome(MyPlan plan, List<UserError> userErrors) {}

    @Transactional(readOnly = true)
    public Optional<MyPlan> myPlan() {
        return plans.readableBy(access.requireOwnRecord()).map(MyPlanService::inPlainWords);
    }

    @Transactional
    public MyPlanOutcome comment(int versionNumber, String comment) {
        YoungPersonId me = access.requireOwnRecord();
        Optional<Version> readable = readable(me, versionNumber);
        if (readable.isEmpty()) {
            return notYourVersion(me);
        }
        String body = comment == null ? "" : comment.strip();
        if (body.isEmpty() || body.length() > COMMENT_MAX) {
            return new MyPlanOutcome(inPlainWords(readable.get()), List.of(body.isEmpty()
                    ? new UserError("comment", "Write your comment", "REQUIRED")
                    : new UserError("comment", "Keep your comment to " + COMMENT_MAX + " characters", "TOO_LONG")));
        }
        Version version = readable.get();
        var commentId = plans.comment(version.planId(), versionNumber, body);
        // Who wrote what is in the comment itself; the audit says that a comment was written, not its words.
        audit.record("pathway-plan.commented", "PathwayPlan", version.planId(), null,
                Map.of("versionNumber", versionNumber, "commentId", commentId.toString()));
        events.publishEvent(new YoungPersonRespondedToPlan(me, version.planId(), versionNumber,
                YoungPersonRespondedToPlan.Response.COMMENTED));
        return new MyPlanOutcome(reread(me), List.of());
    }

    @Transactional
    public MyPlanOutcome agree(int versionNumber) {
        YoungPersonId me = access.requireOwnRecord();
        Optional<Version> readable = readable(me, versionNumber);
        if (readable.isEmpty()) {
            return notYourVersion(me);
        }
        Version version = readable.get();
        if (plans.agree(version.planId(), versionNumber)) {
            audit.record("pathway-plan.agreed", "PathwayPlan", version.planId(), null, Map.of("versionNumber", versionNumber));
            events.publishEvent(new YoungPersonRespondedToPlan(me, version.planId(), versionNumber,
                    YoungPersonRespondedToPlan.Response.AGREED));
        }
        return new MyPlanOutcome(reread(me), List.of());
    }

    /** The version the young person may read, when it is the one they named. */
    private Optional<Version> readable(YoungPersonId me, int versionNumber) {
        return plans.readableBy(me).filter(version -> version.number() == versionNumber);
    }

    private MyPlanOutcome notYourVersion(YoungPersonId me) {
        return new MyPlanOutcome(plans.readableBy(me).map(MyPlanService::inPlainWords).orElse(null),
                List.of(UserError.notFound("versionNumber", "That is not the version of your plan you can read")));
    }

    private MyPlan reread(YoungPersonId me) {
        return plans.readableBy(me).map(MyPlanService::inPlainWords).orElseThrow();
    }

    private static MyPlan inPlainWords(Version version) {
        List<MySection> sections = version.content().sections().stream()
                .map(section -> new MySection(section.matter(), section.plainTitle(), section.youngPersonsWords(),
                        section.assessment(), section.goals()))
                .toList();
        return new MyPlan(version.number(), version.signOff() == null,
                version.signOff() == null ? null : version.signOff().at().atZoneSameInstant(ENGLAND).toLocalDate(),
                sections, version.agreedByYoungPersonAt(), version.comments());
    }
}

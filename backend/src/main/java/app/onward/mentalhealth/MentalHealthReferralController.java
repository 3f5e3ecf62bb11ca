package app.onward.mentalhealth;

import app.onward.graphql.GlobalId;
import app.onward.mentalhealth.ReferralInputs.RecordReferralStatusInput;
import app.onward.mentalhealth.ReferralInputs.SetReferralWaitThresholdsInput;
import app.onward.mentalhealth.ReferralInputs.StartMentalHealthReferralInput;
import app.onward.mentalhealth.ReferralInputs.UpdateMentalHealthReferralInput;
import app.onward.settings.AuthoritySettings;
import app.onward.youngperson.Mine;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class MentalHealthReferralController {

    private final ReferralReads reads;
    private final ReferralChanges changes;
    private final WaitThresholds thresholds;
    private final YoungPersonService youngPeople;

    MentalHealthReferralController(ReferralReads reads, ReferralChanges changes, WaitThresholds thresholds,
                                   YoungPersonService youngPeople) {
        this.reads = reads;
        this.changes = changes;
        this.thresholds = thresholds;
        this.youngPeople = youngPeople;
    }

    /** One statement for the referrals of every young person on the page, one for their histories. */
    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<MentalHealthReferral>> mentalHealthReferrals(List<YoungPerson> people) {
        Map<UUID, List<MentalHealthReferral>> referrals = reads.forYoungPeople(ids(people));
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> referrals.getOrDefault(person.id().value(), List.of())));
    }

    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, Boolean> mayReadMentalHealthReferrals(List<YoungPerson> people) {
        Set<UUID> readable = reads.mayRead(ids(people));
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> readable.contains(person.id().value())));
    }

    @QueryMapping
    List<MentalHealthReferral> referralsWaitingTooLong() {
        return reads.waitingTooLong();
    }

    @SchemaMapping(typeName = "Mine")
    List<MyReferral> myReferrals(Mine mine) {
        return reads.mine(mine.youngPerson());
    }

    @SchemaMapping(typeName = "AuthoritySettings")
    List<ReferralWaitThreshold> referralWaitThresholds(AuthoritySettings settings) {
        return thresholds.list();
    }

    @MutationMapping
    ReferralChanges.Payload startMentalHealthReferral(@Argument StartMentalHealthReferralInput input) {
        return changes.start(input);
    }

    @MutationMapping
    ReferralChanges.Payload updateMentalHealthReferral(@Argument UpdateMentalHealthReferralInput input) {
        return changes.update(input);
    }

    @MutationMapping
    ReferralChanges.Payload recordReferralStatus(@Argument RecordReferralStatusInput input) {
        return changes.recordStatus(input);
    }

    @MutationMapping
    WaitThresholds.Result setReferralWaitThresholds(@Argument SetReferralWaitThresholdsInput input) {
        return thresholds.set(input.thresholds());
    }

    @SchemaMapping(typeName = "MentalHealthReferral")
    String id(MentalHealthReferral referral) {
        return GlobalId.of(ReferralReads.ENTITY, referral.referralId().value());
    }

    /**
     * Only a young person the reader may also open (app.onward.youngperson.RecordAccess): a manager of the adviser's
     * team reads the referral of a young person of another team, but not the rest of their record.
     */
    @BatchMapping(typeName = "MentalHealthReferral")
    Map<MentalHealthReferral, YoungPerson> youngPerson(List<MentalHealthReferral> referrals) {
        Map<UUID, YoungPerson> openable = youngPeople.findOpenable(referrals.stream()
                .map(referral -> referral.youngPersonId().value()).distinct().toList());
        Map<MentalHealthReferral, YoungPerson> found = new HashMap<>();
        referrals.forEach(referral -> {
            YoungPerson person = openable.get(referral.youngPersonId().value());
            if (person != null) {
                found.put(referral, person);
            }
        });
        return found;
    }

    @SchemaMapping(typeName = "MyReferral")
    String id(MyReferral referral) {
        return GlobalId.of(ReferralReads.ENTITY, referral.referralId().value());
    }

    private static List<UUID> ids(List<YoungPerson> people) {
        return people.stream().map(person -> person.id().value()).distinct().toList();
    }
}

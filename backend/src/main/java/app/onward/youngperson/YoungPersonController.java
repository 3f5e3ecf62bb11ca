package app.onward.youngperson;

import app.onward.clock.DueKind;
import app.onward.clock.DueStatus;
import app.onward.clock.StoredClocks;
import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import app.onward.youngperson.YoungPersonInputs.AgreeContactFrequencyInput;
import app.onward.youngperson.YoungPersonInputs.AllocatePersonalAdviserInput;
import app.onward.youngperson.YoungPersonInputs.RecordCareLeaverCategoryInput;
import app.onward.youngperson.YoungPersonInputs.RecordInTouchStatusInput;
import app.onward.youngperson.YoungPersonInputs.RegisterYoungPersonInput;
import app.onward.youngperson.YoungPersonInputs.UpdateYoungPersonDetailsInput;
import app.onward.youngperson.internal.CaseloadRepository;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class YoungPersonController {

    private final YoungPersonService youngPeople;
    private final YoungPersonChanges changes;
    private final YoungPersonDetailsChanges details;
    private final Today today;

    YoungPersonController(YoungPersonService youngPeople, YoungPersonChanges changes, YoungPersonDetailsChanges details,
                          Today today) {
        this.youngPeople = youngPeople;
        this.changes = changes;
        this.details = details;
        this.today = today;
    }

    record CaseloadFilterInput(List<DueKind> due, List<DueStatus> status, String adviserId) {}

    record YoungPersonConnection(List<YoungPersonEdge> edges, PageInfo pageInfo, Integer totalCount) {}

    record YoungPersonEdge(String cursor, YoungPerson node) {}

    record PageInfo(boolean hasNextPage, String endCursor) {}

    @QueryMapping
    YoungPerson youngPerson(@Argument String id) {
        return GlobalId.parse(Ids.YOUNG_PERSON, id).flatMap(uuid -> youngPeople.find(new YoungPersonId(uuid))).orElse(null);
    }

    @QueryMapping
    YoungPersonConnection caseload(@Argument YoungPersonService.Scope scope, @Argument CaseloadFilterInput filter,
                                   @Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        YoungPersonService.CaseloadFilter criteria = filter == null
                ? new YoungPersonService.CaseloadFilter(Set.of(), Set.of(), null)
                : new YoungPersonService.CaseloadFilter(enumSet(filter.due()),
                enumSet(filter.status()),
                filter.adviserId() == null ? null : Ids.staffMember(filter.adviserId())
                        .orElseGet(() -> new StaffMemberId(new UUID(0, 0))));
        YoungPersonService.CaseloadPage page = youngPeople.caseload(scope == null ? YoungPersonService.Scope.MINE : scope,
                criteria, first == null ? 50 : first, after == null ? null : decode(after), selection.contains("totalCount"));
        List<YoungPersonEdge> edges = page.rows().stream()
                .map(row -> new YoungPersonEdge(encode(row.cursor()), row.youngPerson())).toList();
        return new YoungPersonConnection(edges,
                new PageInfo(page.hasNextPage(), edges.isEmpty() ? null : edges.getLast().cursor()), page.totalCount());
    }

    @QueryMapping
    StaffMember staffMember() {
        return youngPeople.currentStaffMember().orElse(null);
    }

    @QueryMapping
    Team myTeam() {
        return youngPeople.currentStaffMember().map(StaffMember::team).orElse(null);
    }

    @QueryMapping
    Mine mine() {
        return youngPeople.mine().orElse(null);
    }

    @MutationMapping
    YoungPersonChanges.Result registerYoungPerson(@Argument RegisterYoungPersonInput input) {
        return changes.register(input);
    }

    @MutationMapping
    YoungPersonDetailsChanges.Result updateYoungPersonDetails(@Argument UpdateYoungPersonDetailsInput input) {
        return details.update(input);
    }

    @MutationMapping
    YoungPersonChanges.Result recordCareLeaverCategory(@Argument RecordCareLeaverCategoryInput input) {
        return changes.recordCategory(input);
    }

    @MutationMapping
    YoungPersonChanges.Result recordInTouchStatus(@Argument RecordInTouchStatusInput input) {
        return changes.recordInTouchStatus(input);
    }

    @MutationMapping
    YoungPersonChanges.Result allocatePersonalAdviser(@Argument AllocatePersonalAdviserInput input) {
        return changes.allocate(input);
    }

    @MutationMapping
    YoungPersonChanges.Result agreeContactFrequency(@Argument AgreeContactFrequencyInput input) {
        return changes.agreeContactFrequency(input);
    }

    @SchemaMapping(typeName = "YoungPerson")
    String id(YoungPerson person) {
        return Ids.of(person.id());
    }

    @SchemaMapping(typeName = "YoungPerson")
    int age(YoungPerson person) {
        return Period.between(person.dateOfBirth(), today.date()).getYears();
    }

    @SchemaMapping(typeName = "YoungPerson")
    StoredClocks.View clocks(YoungPerson person) {
        return person.clocks() == null ? null
                : person.clocks().asOf(today.date(), person.dateOfBirth(), person.contactFrequency());
    }

    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<History.CategoryEntry>> categoryHistory(List<YoungPerson> people) {
        return byPerson(people, youngPeople.categoryHistories(ids(people)));
    }

    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<History.InTouchEntry>> inTouchHistory(List<YoungPerson> people) {
        return byPerson(people, youngPeople.inTouchHistories(ids(people)));
    }

    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<History.Allocation>> adviserHistory(List<YoungPerson> people) {
        return byPerson(people, youngPeople.allocationHistories(ids(people)));
    }

    @SchemaMapping(typeName = "StaffMember")
    String id(StaffMember staff) {
        return GlobalId.of(Ids.STAFF_MEMBER, staff.id().value());
    }

    @SchemaMapping(typeName = "Team")
    String id(Team team) {
        return GlobalId.of(Ids.TEAM, team.id().value());
    }

    @BatchMapping(typeName = "Team")
    Map<Team, List<StaffMember>> members(List<Team> teams) {
        Map<UUID, List<StaffMember>> members = youngPeople.teamMembers(teams.stream().map(team -> team.id().value()).toList());
        return teams.stream().distinct().collect(Collectors.toMap(Function.identity(),
                team -> members.getOrDefault(team.id().value(), List.of())));
    }

    private static List<UUID> ids(List<YoungPerson> people) {
        return people.stream().map(person -> person.id().value()).distinct().toList();
    }

    private static <T> Map<YoungPerson, List<T>> byPerson(List<YoungPerson> people, Map<UUID, List<T>> values) {
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> values.getOrDefault(person.id().value(), List.of())));
    }

    private static <E extends Enum<E>> Set<E> enumSet(List<E> values) {
        return values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    static String encode(CaseloadRepository.Cursor cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursor.dueOn() + "|" + cursor.id()).getBytes(StandardCharsets.UTF_8));
    }

    static CaseloadRepository.Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new CaseloadRepository.Cursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new NoSuchElementException("No such cursor");
        }
    }
}

package app.onward.accommodation;

import app.onward.accommodation.AccommodationInputs.RecordAccommodationInput;
import app.onward.accommodation.AccommodationInputs.RecordActivityInput;
import app.onward.graphql.GlobalId;
import app.onward.youngperson.Mine;
import app.onward.youngperson.YoungPerson;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class AccommodationController {

    private final AccommodationService service;

    AccommodationController(AccommodationService service) {
        this.service = service;
    }

    @MutationMapping
    AccommodationService.RecordedAccommodation recordAccommodation(@Argument RecordAccommodationInput input) {
        return service.recordAccommodation(input);
    }

    @MutationMapping
    AccommodationService.RecordedActivity recordActivity(@Argument RecordActivityInput input) {
        return service.recordActivity(input);
    }

    /** One statement for every young person on the page. */
    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<AccommodationPeriod>> accommodation(List<YoungPerson> people) {
        return byPerson(people, service.accommodation(ids(people)));
    }

    /** One statement for every young person on the page. */
    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<ActivityPeriod>> activity(List<YoungPerson> people) {
        return byPerson(people, service.activity(ids(people)));
    }

    @SchemaMapping(typeName = "Mine")
    InPlainWords whereILive(Mine mine) {
        return service.whereILive(mine.youngPerson());
    }

    @SchemaMapping(typeName = "Mine")
    InPlainWords whatImDoing(Mine mine) {
        return service.whatImDoing(mine.youngPerson());
    }

    @SchemaMapping(typeName = "AccommodationPeriod")
    String id(AccommodationPeriod period) {
        return GlobalId.of(AccommodationService.ACCOMMODATION, period.id());
    }

    @SchemaMapping(typeName = "AccommodationPeriod")
    String words(AccommodationPeriod period) {
        return period.type().staffWords();
    }

    @SchemaMapping(typeName = "ActivityPeriod")
    String id(ActivityPeriod period) {
        return GlobalId.of(AccommodationService.ACTIVITY, period.id());
    }

    @SchemaMapping(typeName = "ActivityPeriod")
    String words(ActivityPeriod period) {
        return period.code().staffWords();
    }

    private static List<UUID> ids(List<YoungPerson> people) {
        return people.stream().map(person -> person.id().value()).distinct().toList();
    }

    private static <T> Map<YoungPerson, List<T>> byPerson(List<YoungPerson> people, Map<UUID, List<T>> values) {
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> values.getOrDefault(person.id().value(), List.of())));
    }
}

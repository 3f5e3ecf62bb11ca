package app.onward.stayingput;

import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import app.onward.stayingput.StayingInputs.EndArrangementInput;
import app.onward.stayingput.StayingInputs.RecordArrangementReviewInput;
import app.onward.stayingput.StayingInputs.StartStayingCloseInput;
import app.onward.stayingput.StayingInputs.StartStayingPutInput;
import app.onward.stayingput.StayingInputs.Terms;
import app.onward.stayingput.StayingInputs.UpdateStayingCloseInput;
import app.onward.stayingput.StayingInputs.UpdateStayingPutInput;
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

import static app.onward.stayingput.ArrangementKind.STAYING_CLOSE;
import static app.onward.stayingput.ArrangementKind.STAYING_PUT;

@Controller
class StayingController {

    private final StayingService service;
    private final Today today;

    StayingController(StayingService service, Today today) {
        this.service = service;
        this.today = today;
    }

    @MutationMapping
    StayingService.Result startStayingPut(@Argument StartStayingPutInput input) {
        return service.start(STAYING_PUT, input.youngPersonId(), Terms.of(input));
    }

    @MutationMapping
    StayingService.Result updateStayingPut(@Argument UpdateStayingPutInput input) {
        return service.update(STAYING_PUT, input.arrangementId(), input.version(), Terms.of(input));
    }

    @MutationMapping
    StayingService.Result recordStayingPutReview(@Argument RecordArrangementReviewInput input) {
        return service.review(STAYING_PUT, input);
    }

    @MutationMapping
    StayingService.Result endStayingPut(@Argument EndArrangementInput input) {
        return service.end(STAYING_PUT, input);
    }

    @MutationMapping
    StayingService.Result startStayingClose(@Argument StartStayingCloseInput input) {
        return service.start(STAYING_CLOSE, input.youngPersonId(), Terms.of(input));
    }

    @MutationMapping
    StayingService.Result updateStayingClose(@Argument UpdateStayingCloseInput input) {
        return service.update(STAYING_CLOSE, input.arrangementId(), input.version(), Terms.of(input));
    }

    @MutationMapping
    StayingService.Result recordStayingCloseReview(@Argument RecordArrangementReviewInput input) {
        return service.review(STAYING_CLOSE, input);
    }

    @MutationMapping
    StayingService.Result endStayingClose(@Argument EndArrangementInput input) {
        return service.end(STAYING_CLOSE, input);
    }

    /** One statement for every young person on the page, and one for their reviews. */
    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<Arrangement>> stayingPut(List<YoungPerson> people) {
        return byPerson(people, service.arrangements(ids(people), STAYING_PUT));
    }

    /** One statement for every young person on the page, and one for their reviews. */
    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<Arrangement>> stayingClose(List<YoungPerson> people) {
        return byPerson(people, service.arrangements(ids(people), STAYING_CLOSE));
    }

    @SchemaMapping(typeName = "Mine")
    MyArrangement myArrangement(Mine mine) {
        return service.mine(mine.youngPerson());
    }

    @SchemaMapping(typeName = "StayingPutArrangement")
    String id(Arrangement arrangement) {
        return GlobalId.of(arrangement.kind().typeName, arrangement.id());
    }

    @SchemaMapping(typeName = "StayingCloseArrangement", field = "id")
    String closeId(Arrangement arrangement) {
        return id(arrangement);
    }

    @SchemaMapping(typeName = "StayingPutArrangement")
    Arrangement.MoveOnPlan moveOnPlan(Arrangement arrangement) {
        return arrangement.moveOnPlan(today.date());
    }

    @SchemaMapping(typeName = "ArrangementEnding")
    String words(Arrangement.Ending ending) {
        return ending.how().words;
    }

    private static List<UUID> ids(List<YoungPerson> people) {
        return people.stream().map(person -> person.id().value()).distinct().toList();
    }

    private static <T> Map<YoungPerson, List<T>> byPerson(List<YoungPerson> people, Map<UUID, List<T>> values) {
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> values.getOrDefault(person.id().value(), List.of())));
    }
}

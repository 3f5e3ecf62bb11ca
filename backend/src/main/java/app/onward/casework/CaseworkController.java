package app.onward.casework;

import app.onward.casework.CaseworkInputs.AnswerCorrectionRequestInput;
import app.onward.casework.CaseworkInputs.LogContactInput;
import app.onward.casework.CaseworkInputs.RecordCircumstanceChangeInput;
import app.onward.casework.CaseworkInputs.TellUsSomethingChangedInput;
import app.onward.casework.CaseworkInputs.TellUsSomethingIsWrongInput;
import app.onward.graphql.GlobalId;
import app.onward.graphql.UserError;
import app.onward.language.LanguageFlag;
import app.onward.youngperson.Mine;
import app.onward.youngperson.YoungPerson;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class CaseworkController {

    private final CaseworkService casework;

    /** The newest {@code first} contacts of one young person: the key of the contacts' data loader. */
    record ContactsOf(UUID youngPerson, int first) {}

    record LogContactPayload(Contact contact, YoungPerson youngPerson, List<UserError> userErrors,
                             List<LanguageFlag> languageFlags) {}

    CaseworkController(CaseworkService casework, BatchLoaderRegistry loaders) {
        this.casework = casework;
        // One statement for every young person on the page, whatever each asked for: the largest "first" wins,
        // and each gets its own slice.
        loaders.forTypePair(ContactsOf.class, List.class).registerMappedBatchLoader((keys, environment) -> {
            int first = keys.stream().mapToInt(ContactsOf::first).max().orElse(1);
            Map<UUID, List<Contact>> contacts = casework.latestContacts(keys.stream().map(ContactsOf::youngPerson)
                    .distinct().toList(), first);
            return Mono.just(keys.stream().collect(Collectors.toMap(Function.identity(), key -> (List) contacts
                    .getOrDefault(key.youngPerson(), List.of()).stream().limit(key.first()).toList())));
        });
    }

    @MutationMapping
    LogContactPayload logContact(@Argument LogContactInput input) {
        CaseworkService.LoggedContact logged = casework.logContact(input);
        // Language that cares is wired in by its own feature; until then, no flags.
        return new LogContactPayload(logged.contact(), logged.youngPerson(), logged.userErrors(), logged.languageFlags());
    }

    @MutationMapping
    CaseworkService.RecordedChange recordCircumstanceChange(@Argument RecordCircumstanceChangeInput input) {
        return casework.recordChange(input);
    }

    @MutationMapping
    CaseworkService.RecordedChange tellUsSomethingChanged(@Argument TellUsSomethingChangedInput input) {
        return casework.tellUsSomethingChanged(input);
    }

    @MutationMapping
    CaseworkService.Correction tellUsSomethingIsWrong(@Argument TellUsSomethingIsWrongInput input) {
        return casework.tellUsSomethingIsWrong(input);
    }

    @MutationMapping
    CaseworkService.Correction answerCorrectionRequest(@Argument AnswerCorrectionRequestInput input) {
        return casework.answer(input);
    }

    @SchemaMapping(typeName = "YoungPerson")
    CompletableFuture<List<Contact>> contacts(YoungPerson person, @Argument Integer first,
                                              DataLoader<ContactsOf, List<Contact>> loader) {
        return loader.load(new ContactsOf(person.id().value(), first == null ? 20 : Math.clamp(first, 1, 100)));
    }

    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<CircumstanceChange>> circumstanceChanges(List<YoungPerson> people) {
        Map<UUID, List<CircumstanceChange>> changes = casework.changes(ids(people));
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> changes.getOrDefault(person.id().value(), List.of())));
    }

    @BatchMapping(typeName = "YoungPerson")
    Map<YoungPerson, List<CorrectionRequest>> correctionRequests(List<YoungPerson> people) {
        Map<UUID, List<CorrectionRequest>> requests = casework.corrections(ids(people));
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> requests.getOrDefault(person.id().value(), List.of())));
    }

    @SchemaMapping(typeName = "Mine")
    List<CorrectionRequest> correctionRequests(Mine mine) {
        return casework.correctionsOf(mine.youngPerson());
    }

    @SchemaMapping(typeName = "Mine")
    List<CircumstanceChange> changesYouToldUs(Mine mine) {
        return casework.changesTheyToldUs(mine.youngPerson());
    }

    @SchemaMapping(typeName = "Contact")
    String id(Contact contact) {
        return GlobalId.of(CaseworkService.CONTACT, contact.id());
    }

    @SchemaMapping(typeName = "CircumstanceChange")
    String id(CircumstanceChange change) {
        return GlobalId.of(CaseworkService.CHANGE, change.id());
    }

    @SchemaMapping(typeName = "CorrectionRequest")
    String id(CorrectionRequest request) {
        return GlobalId.of(CaseworkService.CORRECTION, request.id());
    }

    private static List<UUID> ids(List<YoungPerson> people) {
        return people.stream().map(person -> person.id().value()).distinct().toList();
    }
}

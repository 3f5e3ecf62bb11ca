package app.onward.language;

import app.onward.graphql.GlobalId;
import app.onward.identity.CurrentUser;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

@Controller
class LanguageController {

    static final String TYPE = "LanguageTerm";

    private final LanguageChecker checker;
    private final LanguageService service;

    LanguageController(LanguageChecker checker, LanguageService service) {
        this.checker = checker;
        this.service = service;
    }

    @QueryMapping
    List<LanguageFlag> languageCheck(@Argument String text) {
        CurrentUser.require();
        return checker.check(text);
    }

    @QueryMapping
    List<LanguageTerm> languageTerms() {
        CurrentUser.require();
        return checker.terms();
    }

    @MutationMapping
    LanguageService.Outcome addLanguageTerm(@Argument Map<String, Object> input) {
        return service.add((String) input.get("term"), (String) input.get("suggestion"),
                (String) input.getOrDefault("explanation", ""));
    }

    @MutationMapping
    LanguageService.Outcome removeLanguageTerm(@Argument Map<String, Object> input) {
        return GlobalId.parse(TYPE, (String) input.get("id"))
                .map(service::remove)
                .orElseGet(() -> new LanguageService.Outcome(null,
                        List.of(new LanguageService.LanguageError("id", "There is no such term", "NOT_FOUND"))));
    }

    @SchemaMapping(typeName = TYPE)
    String id(LanguageTerm term) {
        return GlobalId.of(TYPE, term.id());
    }
}

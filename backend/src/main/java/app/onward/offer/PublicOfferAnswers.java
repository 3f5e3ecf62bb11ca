package app.onward.offer;

import app.onward.tenant.PublicReads;
import app.onward.tenant.Tenant;
import graphql.ExecutionResult;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers to the public {@code offer} query, kept as JSON per authority, published version and request
 * (docs/decisions/0013-the-local-offer-and-its-rules.md). The public offer page asks for every entitlement with
 * all its fields, twice: executing that costs the backend about 7 ms of CPU (docs/performance.md), though the
 * answer is the same for everyone until the authority publishes again.
 *
 * <p>Only a request whose one operation is a query of the single field {@code offer(authority: …)}, without
 * {@code asOf} and without directives, with no variable but the authority's and no extensions, is answered here.
 * Its key is the authority as the directory has it now (so a renamed authority is asked afresh), the latest
 * published version as {@link OfferService} knows it (the same 5 s rule as the offer itself: a newly published
 * version gets new keys at once on this instance, on every other within 5 s), and the document and operation
 * name exactly as sent. An answer is kept only when the query ran without errors and found an offer. An
 * authority's key can only ever hold an answer worked out for that same authority's slug: one authority's offer
 * is never served for another. What is kept is bounded: documents up to {@value #LONGEST_DOCUMENT} characters,
 * {@value #ANSWERS} answers of up to {@value #LONGEST_ANSWER} characters.
 */
@Component
class PublicOfferAnswers implements WebGraphQlInterceptor {

    /** Answers kept: one per authority for each document in use; a handful in service. */
    static final int ANSWERS = 32;
    /** Larger answers are not kept (the page of a 60-entitlement offer is about 120,000 characters). */
    static final int LONGEST_ANSWER = 1_000_000;
    /** Longer documents are not looked at (the portal's is about 600 characters). */
    static final int LONGEST_DOCUMENT = 10_000;
    private static final int DOCUMENTS = 200;

    /** Where a lone offer query takes its authority from: a literal, or a variable. */
    record AuthorityArgument(String slug, String variable) {

        /** The slug asked for; empty when the request sends any variable other than the authority's. */
        Optional<String> slug(Map<String, Object> variables) {
            if (slug != null) {
                return variables.isEmpty() ? Optional.of(slug) : Optional.empty();
            }
            return variables.size() == 1 && variables.get(variable) instanceof String given ? Optional.of(given) : Optional.empty();
        }
    }

    /** The authority's slug is in {@code authority}: a key holds nothing the request sent but the document. */
    private record Key(Tenant authority, int version, String document, String operationName) {}

    private final PublicReads publicReads;
    private final OfferService offers;
    private final JsonMapper json;
    private final Map<String, Optional<AuthorityArgument>> documents = leastRecentlyUsed(DOCUMENTS);
    private final Map<Key, RawValue> answers = leastRecentlyUsed(ANSWERS);

    PublicOfferAnswers(PublicReads publicReads, OfferService offers, JsonMapper json) {
        this.publicReads = publicReads;
        this.offers = offers;
        this.json = json;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Optional<Key> key = key(request);
        if (key.isEmpty()) {
            return chain.next(request);
        }
        RawValue known;
        synchronized (answers) {
            known = answers.get(key.get());
        }
        if (known != null) {
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                    ExecutionResult.newExecutionResult().data(known).build())));
        }
        return chain.next(request).doOnNext(response -> keep(key.get(), response));
    }

    /**
     * Where the authority comes from when the document's one operation is a query of the single field
     * {@code offer(authority: …)} with no other argument and no directive; empty for any other document.
     */
    static Optional<AuthorityArgument> loneOfferQuery(String document) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() != 1 || operations.getFirst().getOperation() != OperationDefinition.Operation.QUERY
                || !operations.getFirst().getDirectives().isEmpty()) {
            return Optional.empty();
        }
        List<Selection> selections = operations.getFirst().getSelectionSet().getSelections();
        if (selections.size() != 1 || !(selections.getFirst() instanceof Field field) || !field.getName().equals("offer")
                || !field.getDirectives().isEmpty() || field.getArguments().size() != 1) {
            return Optional.empty();
        }
        Argument argument = field.getArguments().getFirst();
        if (!argument.getName().equals("authority")) {
            return Optional.empty();
        }
        return switch (argument.getValue()) {
            case StringValue literal -> Optional.of(new AuthorityArgument(literal.getValue(), null));
            case VariableReference variable -> Optional.of(new AuthorityArgument(null, variable.getName()));
            default -> Optional.empty();
        };
    }

    private Optional<Key> key(WebGraphQlRequest request) {
        if (!request.getExtensions().isEmpty() || request.getDocument().length() > LONGEST_DOCUMENT) {
            return Optional.empty();
        }
        Optional<AuthorityArgument> argument;
        synchronized (documents) {
            argument = documents.computeIfAbsent(request.getDocument(), PublicOfferAnswers::loneOfferQuery);
        }
        return argument.flatMap(where -> where.slug(request.getVariables()))
                .flatMap(publicReads::authority)
                .flatMap(authority -> offers.latestVersion(authority).map(version ->
                        new Key(authority, version, request.getDocument(), request.getOperationName())));
    }

    private void keep(Key key, WebGraphQlResponse response) {
        Map<String, Object> data = response.getData();
        if (!response.isValid() || !response.getErrors().isEmpty() || data == null || data.values().stream().anyMatch(Objects::isNull)) {
            return;
        }
        String answer = json.writeValueAsString(data);
        if (answer.length() <= LONGEST_ANSWER) {
            synchronized (answers) {
                // Its UTF-8 bytes are worked out once, on first use, and copied out as they are after that.
                answers.put(key, new RawValue(new SerializedString(answer)));
            }
        }
    }

    private static <K, V> Map<K, V> leastRecentlyUsed(int capacity) {
        return new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}

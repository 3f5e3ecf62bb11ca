package app.onward.offer.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Open Referral objects the feed serves, field for field as HSDS 3.0 names them (snake_case; a field
 * with nothing to say is left out). Only the fields Onward has something true to put in are here; the
 * mapping from the offer, and what each field means, is in docs/decisions/0015-open-referral-uk-feed.md.
 */
final class OpenReferral {

    private OpenReferral() {
    }

    /** The {@code /} endpoint: which standard and profile the feed follows, and who publishes it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiDetails(String version, String profile, String openapiUrl, String description, Publisher publisher) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Publisher(String name, String website) {}

    /** A page of a list endpoint: the HSDS 3.0 page header, then {@code contents}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(int totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {

        static <T> Page<T> of(List<T> all, int pageNumber, int perPage) {
            int from = (int) Math.min((long) (pageNumber - 1) * perPage, all.size());
            List<T> contents = all.subList(from, Math.min(from + perPage, all.size()));
            int totalPages = Math.max(1, (all.size() + perPage - 1) / perPage);
            return new Page<>(all.size(), totalPages, pageNumber, contents.size(), pageNumber == 1,
                    pageNumber >= totalPages, contents.isEmpty(), contents);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(UUID id, String name, String description, String url, String email, String status,
                   String alert, String eligibilityDescription, Integer minimumAge, Integer maximumAge,
                   String applicationProcess, LocalDate assuredDate, String lastModified,
                   Organization organization, List<Contact> contacts, List<CostOption> costOptions,
                   List<RequiredDocument> requiredDocuments) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(UUID id, String name, String description, String website) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contact(UUID id, String name, String email, String url, List<Phone> phones) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Phone(UUID id, String number) {}

    /** Money the young person is given: HSDS has no field for that, so it goes where a price would (see the decision). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostOption(UUID id, String option, String currency, BigDecimal amount, String amountDescription,
                      LocalDate validTo) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RequiredDocument(UUID id, String document) {}
}

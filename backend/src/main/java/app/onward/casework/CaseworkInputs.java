package app.onward.casework;

import java.time.LocalDate;

/** The inputs of the casework mutations, as the GraphQL schema names them. */
public final class CaseworkInputs {

    private CaseworkInputs() {
    }

    public record LogContactInput(String youngPersonId, String kind, LocalDate happenedOn, Boolean seenAlone, String notes) {
    }

    public record RecordCircumstanceChangeInput(String youngPersonId, String kind, LocalDate occurredOn,
                                                Boolean intoAuthorityAccommodation, String description) {
    }

    public record AnswerCorrectionRequestInput(String correctionRequestId, String answer) {
    }

    public record TellUsSomethingChangedInput(String kind, LocalDate occurredOn, String description) {
    }

    public record TellUsSomethingIsWrongInput(String whatIsWrong) {
    }
}

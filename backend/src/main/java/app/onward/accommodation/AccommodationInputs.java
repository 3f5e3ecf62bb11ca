package app.onward.accommodation;

import java.time.LocalDate;

/** The inputs of this feature's mutations, as accommodation.graphqls names them. */
public final class AccommodationInputs {

    private AccommodationInputs() {
    }

    public record RecordAccommodationInput(String youngPersonId, LocalDate from, AccommodationType type, Suitability suitability) {
    }

    public record RecordActivityInput(String youngPersonId, LocalDate from, ActivityCode code) {
    }
}

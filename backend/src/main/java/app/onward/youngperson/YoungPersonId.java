package app.onward.youngperson;

import java.util.Objects;
import java.util.UUID;

public record YoungPersonId(UUID value) {

    public YoungPersonId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package app.onward.tenant;

import java.util.Objects;
import java.util.UUID;

/** The id of a local authority using Onward. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

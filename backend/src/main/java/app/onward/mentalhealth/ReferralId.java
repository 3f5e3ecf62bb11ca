package app.onward.mentalhealth;

import java.util.UUID;

public record ReferralId(UUID value) {
}

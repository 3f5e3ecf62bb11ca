package app.onward.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the {@link UserError}s of one mutation's input, field by field. */
public final class InputChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** UK and international numbers as people write them: digits, spaces, brackets, dashes, a leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{10,20}");

    private final List<UserError> errors = new ArrayList<>();

    public InputChecks required(String field, String what, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(UserError.required(field, what));
        } else {
            optional(field, what, value, max);
        }
        return this;
    }

    public InputChecks optional(String field, String what, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(UserError.tooLong(field, what, max));
        }
        return this;
    }

    public InputChecks email(String field, String value) {
        if (value != null && !value.isBlank() && (value.length() > 254 || !EMAIL.matcher(value.strip()).matches())) {
            errors.add(UserError.invalid(field, "Enter an email address like name@example.com"));
        }
        return this;
    }

    public InputChecks phone(String field, String value) {
        if (value != null && !value.isBlank()
                && (!PHONE.matcher(value.strip()).matches() || value.chars().filter(Character::isDigit).count() < 10)) {
            errors.add(UserError.invalid(field, "Enter a phone number like 07700 900123"));
        }
        return this;
    }

    public InputChecks add(UserError error) {
        errors.add(error);
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<UserError> errors() {
        return List.copyOf(errors);
    }

    /** Trimmed, and null when blank: what an optional text field stores. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package app.onward.youngperson;

import org.jooq.Field;

import java.util.List;

import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * The editable details of a young person: the input's name for each, its column, and whether it is
 * special-category data (ethnicity, disability), whose values the audit never records, only that it changed.
 */
enum DetailField {
    GIVEN_NAME("givenName", YOUNG_PERSON.GIVEN_NAME, false),
    FAMILY_NAME("familyName", YOUNG_PERSON.FAMILY_NAME, false),
    PREFERRED_NAME("preferredName", YOUNG_PERSON.PREFERRED_NAME, false),
    PRONOUNS("pronouns", YOUNG_PERSON.PRONOUNS, false),
    DATE_OF_BIRTH("dateOfBirth", YOUNG_PERSON.DATE_OF_BIRTH, false),
    UNACCOMPANIED_ASYLUM_SEEKING("unaccompaniedAsylumSeeking", YOUNG_PERSON.UNACCOMPANIED_ASYLUM_SEEKING, false),
    IS_PARENT("isParent", YOUNG_PERSON.IS_PARENT, false),
    HAS_DISABILITY("hasDisability", YOUNG_PERSON.HAS_DISABILITY, true),
    DISABILITY_DETAILS("disabilityDetails", YOUNG_PERSON.DISABILITY_DETAILS, true),
    ETHNICITY("ethnicity", YOUNG_PERSON.ETHNICITY, true),
    PREFERRED_LANGUAGE("preferredLanguage", YOUNG_PERSON.PREFERRED_LANGUAGE, false),
    PHONE("phone", YOUNG_PERSON.PHONE, false),
    EMAIL("email", YOUNG_PERSON.EMAIL, false),
    CONSENTS_TO_TEXTS("consentsToTexts", YOUNG_PERSON.CONSENTS_TO_TEXTS, false),
    CONSENTS_TO_EMAIL("consentsToEmail", YOUNG_PERSON.CONSENTS_TO_EMAIL, false);

    /** What the audit records instead of a special-category value. */
    static final String CHANGED = "changed";

    static final List<String> ETHNICITY_CODES = List.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    final String input;
    final Field<?> column;
    final boolean special;

    DetailField(String input, Field<?> column, boolean special) {
        this.input = input;
        this.column = column;
        this.special = special;
    }

    /** The value as the audit may hold it. */
    Object audited(Object value) {
        return special ? CHANGED : value == null ? null : value.toString();
    }
}

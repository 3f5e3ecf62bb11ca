package app.onward.stayingput;

/**
 * The two kinds of arrangement that let a young person stay near the people who cared for them, and the birthday
 * each must end by: staying put with former foster carers to 21 (Children Act 1989 s.23CZA), staying close to a
 * children's home they left to 25 (s.23CZB).
 */
public enum ArrangementKind {
    STAYING_PUT("StayingPutArrangement", "Staying put", 21, "21st"),
    STAYING_CLOSE("StayingCloseArrangement", "Staying close", 25, "25th");

    /** The GraphQL type, which is also the audited entity type and the prefix of the global id. */
    final String typeName;
    final String words;
    /** The planned end is this birthday at the latest. */
    final int endsByBirthday;
    /** "21st". */
    final String birthdayWords;

    ArrangementKind(String typeName, String words, int endsByBirthday, String birthdayWords) {
        this.typeName = typeName;
        this.words = words;
        this.endsByBirthday = endsByBirthday;
        this.birthdayWords = birthdayWords;
    }

    /** "START_STAYING_PUT", "END_STAYING_CLOSE": the audited action. */
    String action(String verb) {
        return verb + "_" + name();
    }
}

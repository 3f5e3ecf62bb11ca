package app.onward.portal.caseload;

/**
 * The SSDA903 codes of accommodation.graphqls, as staff read them: the code first, then its words
 * ("U – Independent living"), so the form and the return speak the same language.
 */
public final class AccommodationTerms {

    private AccommodationTerms() {
    }

    public enum AccommodationType implements Terms.InWords {
        B("With parents or relatives"), C("Community home or other residential care (e.g. NHS)"),
        D("Semi-independent living"), E("Supported lodgings"), G("Gone abroad"), H("Deported"),
        K("Ordinary lodgings, without formal support"), R("Residence not known"), S("No fixed abode or homeless"),
        T("Foyer or similar supported accommodation"), U("Independent living"), V("Emergency accommodation"),
        W("Bed and breakfast"), X("In custody"), Y("Other accommodation"), Z("With former foster carers (staying put)");

        private final String words;

        AccommodationType(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }

        /** "U – Independent living". */
        public String label() {
            return name() + " – " + words;
        }
    }

    public enum Suitability implements Terms.InWords {
        SUITABLE("Suitable (1)", "suitable"), UNSUITABLE("Not suitable (2)", "not suitable");

        private final String words;
        private final String inASentence;

        Suitability(String words, String inASentence) {
            this.words = words;
            this.inASentence = inASentence;
        }

        /** As the form offers it, with the SSDA903 suffix: "Suitable (1)". */
        @Override
        public String words() {
            return words;
        }

        /** Inside a sentence that already shows the code: "not suitable". */
        public String inASentence() {
            return inASentence;
        }
    }

    public enum ActivityCode implements Terms.InWords {
        F1("Full-time higher education"), P1("Part-time higher education"),
        F2("Full-time education other than higher education"), P2("Part-time education other than higher education"),
        F4("Full-time apprenticeship or traineeship"), P4("Part-time apprenticeship or traineeship"),
        F5("Full-time training or employment"), P5("Part-time training or employment"),
        G4("Not in EET: illness or disability"), G5("Not in EET: other reasons"), G6("Not in EET: pregnancy or parenting");

        private final String words;

        ActivityCode(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }

        /** "F5 – Full-time training or employment". */
        public String label() {
            return name() + " – " + words;
        }
    }
}

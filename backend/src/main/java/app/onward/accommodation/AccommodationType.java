package app.onward.accommodation;

/**
 * Where a young person lives, as the DfE SSDA903 return (table OC3, ACCOM) codes it: a letter, returned with
 * suffix 1 (suitable) or 2 (unsuitable). Each says itself twice: for staff, and for the young person.
 */
public enum AccommodationType {
    B("With parents or relatives", "with your family"),
    C("Community home or other form of residential care such as an NHS establishment", "in residential care"),
    D("Semi-independent living (e.g. a flat with support)", "in a flat with support"),
    E("Supported lodgings", "in supported lodgings"),
    G("Gone abroad", "abroad"),
    H("Deported", "outside the UK"),
    K("Ordinary lodgings, without formal support", "in lodgings"),
    R("Residence not known", "somewhere we do not know yet"),
    S("No fixed abode or homeless", "without a settled home"),
    T("Foyer or similar supported accommodation", "in a foyer"),
    U("Independent living (e.g. own flat or tenancy)", "in your own place"),
    V("Emergency accommodation (e.g. night shelter)", "in emergency accommodation"),
    W("Bed and breakfast", "in a bed and breakfast"),
    X("In custody", "in custody"),
    Y("Other accommodation", "somewhere else"),
    Z("With former foster carers (staying put)", "with your former foster carers (staying put)");

    private final String staffWords;
    private final String youngPersonWords;

    AccommodationType(String staffWords, String youngPersonWords) {
        this.staffWords = staffWords;
        this.youngPersonWords = youngPersonWords;
    }

    /** As staff and the return describe it: "Independent living (e.g. own flat or tenancy)". */
    public String staffWords() {
        return staffWords;
    }

    /** As it reads after "you have lived …": "in your own place". */
    public String youngPersonWords() {
        return youngPersonWords;
    }

    /** The SSDA903 ACCOM code: the letter, then 1 suitable or 2 unsuitable ("U1"). */
    public String code(Suitability suitability) {
        return name() + suitability.suffix();
    }
}

package app.onward.accommodation;

/**
 * What a young person does, as the DfE SSDA903 return (table OC3, ACTIV) codes it: F full time, P part time; G
 * not in education, employment or training (NEET). Each says itself twice: for staff, and for the young person.
 */
public enum ActivityCode {
    F1("Full-time higher education", "studying full time at university or college (higher education)"),
    P1("Part-time higher education", "studying part time at university or college (higher education)"),
    F2("Full-time education other than higher education", "studying full time"),
    P2("Part-time education other than higher education", "studying part time"),
    F4("Full-time apprenticeship or traineeship", "doing a full-time apprenticeship"),
    P4("Part-time apprenticeship or traineeship", "doing a part-time apprenticeship"),
    F5("Full-time training or employment", "working or training full time"),
    P5("Part-time training or employment", "working or training part time"),
    G4("Not in education, employment or training: illness or disability", "taking time out because of your health"),
    G5("Not in education, employment or training: other reasons", "not working or studying at the moment"),
    G6("Not in education, employment or training: pregnancy or parenting", "expecting a baby or looking after your children");

    private final String staffWords;
    private final String youngPersonWords;

    ActivityCode(String staffWords, String youngPersonWords) {
        this.staffWords = staffWords;
        this.youngPersonWords = youngPersonWords;
    }

    public String staffWords() {
        return staffWords;
    }

    /** As it reads after "you have been …": "working or training full time". */
    public String youngPersonWords() {
        return youngPersonWords;
    }

    /** Education, employment or training: every code but the G (NEET) ones. */
    public boolean inEducationEmploymentOrTraining() {
        return !name().startsWith("G");
    }
}

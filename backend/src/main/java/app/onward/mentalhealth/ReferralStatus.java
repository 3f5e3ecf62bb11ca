package app.onward.mentalhealth;

/** Where a referral is. The steps between them: {@link ReferralSteps}. */
public enum ReferralStatus {
    DRAFT("Draft"), SENT("Sent"), ACCEPTED("Accepted"), DECLINED("Declined"), WAITING("Waiting"),
    FIRST_APPOINTMENT("First appointment"), ONGOING("Ongoing"), CLOSED("Closed");

    private final String words;

    ReferralStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

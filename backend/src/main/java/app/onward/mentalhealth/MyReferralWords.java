package app.onward.mentalhealth;

/**
 * A referral in words for the 16 to 25-year-old it is about: where it is, and what happens next. Plain and kind;
 * never the reason staff wrote, nor why a service said no (their adviser talks that through with them).
 */
public final class MyReferralWords {

    private MyReferralWords() {
    }

    public static MyReferral of(Referral referral, ReferralWait wait) {
        String service = referral.service().youngPersonWords(referral.serviceName());
        String where = switch (referral.status()) {
            case DRAFT -> "Your adviser is getting a referral to " + service + " ready.";
            case SENT -> "We sent your referral to " + service + " on " + Days.inWords(referral.sentOn()) + ".";
            case ACCEPTED -> capitalised(service) + " said yes to your referral.";
            case WAITING -> capitalised(service) + " said yes. You are waiting for your first appointment.";
            case DECLINED -> capitalised(service) + " said they cannot help with this referral.";
            case FIRST_APPOINTMENT -> "You had your first appointment with " + service + " on "
                    + Days.inWords(referral.firstAppointmentOn()) + ".";
            case ONGOING -> "You are getting support from " + service + ".";
            case CLOSED -> "This referral to " + service + " is closed.";
        };
        String next = switch (referral.status()) {
            case DRAFT -> "They will talk it through with you and check you are happy for it to be sent before they send it.";
            case SENT -> capitalised(service) + " will look at it and tell us if they can help. " + waited(wait)
                    + " Your adviser will tell you when they hear back.";
            case ACCEPTED, WAITING -> waited(wait) + (wait.escalated()
                    ? " That is longer than it should be, so your adviser is chasing it."
                    : " Your adviser is keeping in touch with them.");
            case DECLINED -> "This does not mean you do not need support. Your adviser will talk with you about other"
                    + " places that can help.";
            case FIRST_APPOINTMENT -> "You and " + service + " will agree what happens next. Tell your adviser if"
                    + " anything is not working for you.";
            case ONGOING -> "Keep going to your appointments. If you need to change one, your adviser can help.";
            case CLOSED -> "If you want support again, tell your adviser at any time and they will help you ask for it.";
        };
        return new MyReferral(referral.id(), referral.status(), service, where, next, referral.sentOn(),
                referral.firstAppointmentOn(), wait.days());
    }

    private static String waited(ReferralWait wait) {
        return wait.days() == 1 ? "You have waited 1 day so far." : "You have waited " + wait.days() + " days so far.";
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

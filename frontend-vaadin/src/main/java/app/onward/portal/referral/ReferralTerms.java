package app.onward.portal.referral;

import app.onward.portal.caseload.Terms.InWords;

/** The contract's referral enums (mentalhealth.graphqls) and how each is said to staff. */
public final class ReferralTerms {

    private ReferralTerms() {
    }

    public enum MentalHealthService implements InWords {
        ADULT_COMMUNITY_MENTAL_HEALTH("Adult community mental health team"),
        NHS_TALKING_THERAPIES("NHS Talking Therapies"),
        CARE_LEAVER_MENTAL_HEALTH_NURSE("The care-leaver mental-health nurse"),
        GP("GP"),
        CRISIS_TEAM("Crisis team"),
        VOLUNTARY_SECTOR("A voluntary sector organisation"),
        OTHER("Another service");

        private final String words;

        MentalHealthService(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }

        /** The contract asks which organisation for these two (and only these). */
        public boolean needsName() {
            return this == VOLUNTARY_SECTOR || this == OTHER;
        }
    }

    public enum ReferralUrgency implements InWords {
        ROUTINE("Routine"), URGENT("Urgent"), EMERGENCY("Emergency");

        private final String words;

        ReferralUrgency(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }

        /** "a routine referral", "an urgent referral". */
        public String aReferral() {
            String lower = words.toLowerCase();
            return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower + " referral";
        }
    }

    /**
     * @param recordAs what the button in "Record what happened" says for this step
     */
    public enum ReferralStatus implements InWords {
        DRAFT("Draft", "Draft"),
        SENT("Sent", "Sent to the service"),
        ACCEPTED("Accepted", "Accepted by the service"),
        DECLINED("Declined", "Declined by the service"),
        WAITING("Waiting", "Waiting for a first appointment"),
        FIRST_APPOINTMENT("First appointment", "Had a first appointment"),
        ONGOING("Ongoing", "Support is ongoing"),
        CLOSED("Closed", "Closed");

        private final String words;
        private final String recordAs;

        ReferralStatus(String words, String recordAs) {
            this.words = words;
            this.recordAs = recordAs;
        }

        @Override
        public String words() {
            return words;
        }

        public String recordAs() {
            return recordAs;
        }
    }

    public enum ConsentGiver implements InWords {
        YOUNG_PERSON("The young person"),
        LEGAL_REPRESENTATIVE("Someone with legal authority to decide for them");

        private final String words;

        ConsentGiver(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum ConsentMethod implements InWords {
        IN_PERSON("In person"), PHONE("By phone"), VIDEO_CALL("On a video call"), IN_WRITING("In writing");

        private final String words;

        ConsentMethod(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }
}

package app.onward.stayingput;

/** How an arrangement ended, in words staff would use. */
public enum HowItEnded {
    MOVED_ON_AS_PLANNED("They moved on as planned"),
    YOUNG_PERSON_CHOSE_TO_LEAVE("They chose to leave"),
    CARERS_ENDED_IT("The carers or the home ended it"),
    BROKE_DOWN("It broke down"),
    OTHER("Another reason");

    final String words;

    HowItEnded(String words) {
        this.words = words;
    }
}

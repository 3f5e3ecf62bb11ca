package app.onward.challenge;

/** What a challenge is about: the themes Youth Voice groups raise most. */
public enum ChallengeTheme {
    HOUSING, MENTAL_HEALTH, MONEY, EDUCATION_AND_WORK, LANGUAGE_IN_RECORDS, PARTICIPATION, OTHER
}

package app.onward.clock;

/** What is due. The order breaks ties between equal dates: the statutory assessment first. */
public enum DueKind { ASSESSMENT, REVIEW, VISIT, CONTACT }

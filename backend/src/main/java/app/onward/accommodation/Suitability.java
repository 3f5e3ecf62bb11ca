package app.onward.accommodation;

/** Whether the accommodation is suitable (SSDA903 suffix 1) or unsuitable (suffix 2). */
public enum Suitability {
    SUITABLE(1, "Suitable"),
    UNSUITABLE(2, "Not suitable");

    private final int suffix;
    private final String words;

    Suitability(int suffix, String words) {
        this.suffix = suffix;
        this.words = words;
    }

    public int suffix() {
        return suffix;
    }

    public String words() {
        return words;
    }
}

package app.onward.accommodation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A dated history read as a timeline: newest first, each until the day before the next, corrections replace. */
class TimelineTest {

    private static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static ActivityPeriod entry(String from, ActivityCode code, int minutesLater) {
        return new ActivityPeriod(UUID.randomUUID(), LocalDate.parse(from), null, false, code, null,
                MORNING.plusMinutes(minutesLater));
    }

    @Test
    void shouldEndEachPeriodTheDayBeforeTheNextStartsAndLeaveTheCurrentOpen() {
        List<ActivityPeriod> timeline = Timeline.of(List.of(entry("2025-09-01", ActivityCode.F2, 0),
                entry("2026-03-03", ActivityCode.F5, 1), entry("2024-06-01", ActivityCode.G5, 2)));
        assertThat(timeline).extracting(ActivityPeriod::code).containsExactly(ActivityCode.F5, ActivityCode.F2, ActivityCode.G5);
        assertThat(timeline).extracting(ActivityPeriod::until)
                .containsExactly(null, LocalDate.parse("2026-03-02"), LocalDate.parse("2025-08-31"));
        assertThat(timeline).noneMatch(ActivityPeriod::replaced);
    }

    @Test
    void shouldLetALaterEntryFromTheSameDayReplaceTheEarlierOne() {
        List<ActivityPeriod> timeline = Timeline.of(List.of(entry("2025-09-01", ActivityCode.F2, 0),
                entry("2026-03-03", ActivityCode.F5, 1), entry("2026-03-03", ActivityCode.P5, 5)));
        assertThat(timeline).extracting(ActivityPeriod::code).containsExactly(ActivityCode.P5, ActivityCode.F5, ActivityCode.F2);
        assertThat(timeline).extracting(ActivityPeriod::replaced).containsExactly(false, true, false);
        assertThat(timeline.get(2).until()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void shouldTellTheYoungPersonNowInASentenceAndLeaveCorrectionsOut() {
        InPlainWords words = InPlainWords.whatImDoing(Timeline.of(List.of(entry("2026-03-03", ActivityCode.F5, 1),
                entry("2026-03-03", ActivityCode.F4, 5), entry("2025-09-01", ActivityCode.F2, 0))));
        assertThat(words.now()).isEqualTo("Since 3 March 2026 you have been doing a full-time apprenticeship.");
        assertThat(words.history()).extracting(InPlainWords.Period::words)
                .containsExactly("doing a full-time apprenticeship", "studying full time");
        assertThat(InPlainWords.whereILive(List.of()).now()).isNull();
    }
}

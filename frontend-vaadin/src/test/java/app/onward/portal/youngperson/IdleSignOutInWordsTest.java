package app.onward.portal.youngperson;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IdleSignOutInWordsTest {

    @Test
    void shouldSayHowLongBeforeTheSignOutInPlainWords() {
        assertThat(YoungPersonHomeView.inWords(Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(YoungPersonHomeView.inWords(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(YoungPersonHomeView.inWords(Duration.ofSeconds(30))).isEqualTo("30 seconds");
    }
}

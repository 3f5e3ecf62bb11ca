package app.onward.offer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} pence, shown as {2}")
    @CsvSource(delimiter = '|', value = {
            "3000       | 300000 | £3,000",
            "3,000      | 300000 | £3,000",
            "£3,000.00  | 300000 | £3,000",
            " £1200     | 120000 | £1,200",
            "12.5       | 1250   | £12.50",
            "0.99       | 99     | £0.99",
            "0          | 0      | £0",
            "1000000    | 100000000 | £1,000,000",
            "100.05     | 10005  | £100.05",
            "123456.7   | 12345670 | £123,456.70"})
    void shouldReadWhatPeopleTypeAsPence(String typed, long pence, String shown) {
        Money money = Money.parse(typed).orElseThrow();
        assertThat(money.pence()).isEqualTo(pence);
        assertThat(money).hasToString(shown);
    }

    @ParameterizedTest(name = "\"{0}\" is not money")
    @ValueSource(strings = {"", "  ", "three thousand", "-5", "12.345", "£", "1e3", "1000001", "3 000"})
    void shouldRefuseWhatIsNotAnAmountOfMoney(String typed) {
        assertThat(Money.parse(typed)).isEmpty();
    }
}

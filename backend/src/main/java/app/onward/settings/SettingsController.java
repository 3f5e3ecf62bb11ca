package app.onward.settings;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.List;

@Controller
class SettingsController {

    private final AuthoritySettingsService service;

    SettingsController(AuthoritySettingsService service) {
        this.service = service;
    }

    record UpdateAuthoritySettingsInput(int reviewAfterChangeWorkingDays) {}

    record AddNonWorkingDayInput(LocalDate day, String description) {}

    record RemoveNonWorkingDayInput(LocalDate day) {}

    @QueryMapping
    AuthoritySettings authoritySettings() {
        return service.read();
    }

    @SchemaMapping(typeName = "AuthoritySettings")
    List<NonWorkingDay> nonWorkingDays(AuthoritySettings settings, @Argument LocalDate from, @Argument LocalDate to) {
        return service.nonWorkingDays(from, to);
    }

    @MutationMapping
    AuthoritySettingsService.Result updateAuthoritySettings(@Argument UpdateAuthoritySettingsInput input) {
        return service.updateReviewPeriod(input.reviewAfterChangeWorkingDays());
    }

    @MutationMapping
    AuthoritySettingsService.Result addNonWorkingDay(@Argument AddNonWorkingDayInput input) {
        return service.addNonWorkingDay(input.day(), input.description());
    }

    @MutationMapping
    AuthoritySettingsService.Result removeNonWorkingDay(@Argument RemoveNonWorkingDayInput input) {
        return service.removeNonWorkingDay(input.day());
    }
}

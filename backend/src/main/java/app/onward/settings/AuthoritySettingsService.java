package app.onward.settings;

import app.onward.audit.AuditLog;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import app.onward.settings.internal.SettingsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An authority's review period and its non-working days. Tenant admins change them; staff may read them.
 * A change moves due dates, so it publishes {@link AuthorityCalendarChanged} in its transaction.
 */
@Service
public class AuthoritySettingsService {

    private final SettingsRepository settings;
    private final BankHolidays bankHolidays;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AuthoritySettingsService(SettingsRepository settings, BankHolidays bankHolidays, AuditLog audit,
                             ApplicationEventPublisher events) {
        this.settings = settings;
        this.bankHolidays = bankHolidays;
        this.audit = audit;
        this.events = events;
    }

    public record Result(AuthoritySettings settings, List<UserError> userErrors) {
        static Result of(List<UserError> errors, AuthoritySettings settings) {
            return new Result(errors.isEmpty() ? settings : null, errors);
        }
    }

    @Transactional(readOnly = true)
    public AuthoritySettings read() {
        requireReader();
        return current();
    }

    @Transactional(readOnly = true)
    public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
        requireReader();
        return Stream.concat(bankHolidays.all().stream(), settings.localDays().stream())
                .filter(day -> !day.day().isBefore(from) && !day.day().isAfter(to))
                .sorted(java.util.Comparator.comparing(NonWorkingDay::day))
                .toList();
    }

    /** For the clocks: the authority's calendar, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkingCalendar calendar() {
        return new WorkingCalendar(Stream.concat(bankHolidays.all().stream(), settings.localDays().stream())
                .map(NonWorkingDay::day).collect(java.util.stream.Collectors.toSet()));
    }

    /** For the clocks: the authority's review period, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuthoritySettings current() {
        return new AuthoritySettings(settings.reviewAfterChangeWorkingDays()
                .orElse(AuthoritySettings.DEFAULT_REVIEW_AFTER_CHANGE_WORKING_DAYS), bankHolidays.checkedOn());
    }

    @Transactional
    public Result updateReviewPeriod(int workingDays) {
        requireAdmin();
        if (workingDays < 1 || workingDays > 65) {
            return Result.of(List.of(UserError.invalid("reviewAfterChangeWorkingDays",
                    "Enter a number of working days from 1 to 65")), null);
        }
        AuthoritySettings before = current();
        settings.saveReviewAfterChangeWorkingDays(workingDays);
        AuthoritySettings after = current();
        audit.record("UPDATE_AUTHORITY_SETTINGS", "AuthoritySettings", null, before, after);
        events.publishEvent(new AuthorityCalendarChanged());
        return Result.of(List.of(), after);
    }

    @Transactional
    public Result addNonWorkingDay(LocalDate day, String description) {
        SignedInUser admin = requireAdmin();
        InputChecks checks = new InputChecks().required("description", "what the day is", description, 200);
        if (settings.localDay(day).isPresent() || bankHolidays.all().stream().anyMatch(holiday -> holiday.day().equals(day))) {
            checks.add(UserError.invalid("day", "That day is already a non-working day"));
        } else if (!new WorkingCalendar(java.util.Set.of()).isWorkingDay(day)) {
            checks.add(UserError.invalid("day", "That day is a weekend day, which is never a working day"));
        }
        if (!checks.ok()) {
            return Result.of(checks.errors(), null);
        }
        settings.addLocalDay(day, description.strip(), admin.subject());
        audit.record("ADD_NON_WORKING_DAY", "NonWorkingDay", null, null,
                Map.of("day", day.toString(), "description", description.strip()));
        events.publishEvent(new AuthorityCalendarChanged());
        return Result.of(List.of(), current());
    }

    @Transactional
    public Result removeNonWorkingDay(LocalDate day) {
        requireAdmin();
        var existing = settings.localDay(day);
        if (existing.isEmpty()) {
            return Result.of(List.of(UserError.notFound("day", "That day is not one of the authority's own non-working days")), null);
        }
        settings.removeLocalDay(day);
        audit.record("REMOVE_NON_WORKING_DAY", "NonWorkingDay", null,
                Map.of("day", day.toString(), "description", existing.get().description()), null);
        events.publishEvent(new AuthorityCalendarChanged());
        return Result.of(List.of(), current());
    }

    private static SignedInUser requireAdmin() {
        return CurrentUser.requireInAuthority("Only a tenant admin may change the authority's settings", OnwardRole.TENANT_ADMIN);
    }

    private static void requireReader() {
        CurrentUser.requireInAuthority("Only staff read the authority's settings",
                OnwardRole.TENANT_ADMIN, OnwardRole.TEAM_MANAGER, OnwardRole.PERSONAL_ADVISER);
    }
}

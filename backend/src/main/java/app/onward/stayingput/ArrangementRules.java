package app.onward.stayingput;

import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.offer.Money;
import app.onward.stayingput.StayingInputs.Terms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What an arrangement may say, and what a review or an ending may: pure, given the young person's date of birth
 * and today; each refusal about one input field, in words a person can act on. Birthdays are {@code plusYears}, as
 * in the clock rules (born on 29 February, the birthday falls on 28 February in other years). Why each rule reads
 * as it does: docs/decisions/0018-staying-put-and-staying-close.md.
 */
public final class ArrangementRules {

    /** Both kinds start at 18: staying put when a fostered young person turns 18, staying close when they leave the home. */
    static final int STARTS_FROM_BIRTHDAY = 18;
    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 2000;
    static final int NOTE = 1000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ArrangementRules() {
    }

    public static List<UserError> terms(ArrangementKind kind, Terms terms, LocalDate dateOfBirth, LocalDate today) {
        InputChecks checks = new InputChecks();
        LocalDate eighteenth = dateOfBirth.plusYears(STARTS_FROM_BIRTHDAY);
        LocalDate lastDay = dateOfBirth.plusYears(kind.endsByBirthday);
        if (terms.startsOn() == null) {
            checks.add(UserError.required("startsOn", "the day it starts"));
        } else if (terms.startsOn().isBefore(eighteenth)) {
            checks.add(UserError.invalid("startsOn", kind.words + " starts at 18: enter their 18th birthday ("
                    + day(eighteenth) + ") or a later day"));
        } else if (terms.startsOn().isAfter(today.plusYears(1))) {
            checks.add(UserError.invalid("startsOn", "Enter a day no more than a year from today"));
        }
        if (terms.plannedEndOn() == null) {
            checks.add(UserError.required("plannedEndOn", "the day it is planned to end"));
        } else if (terms.plannedEndOn().isAfter(lastDay)) {
            checks.add(UserError.invalid("plannedEndOn", kind.words + " ends by their " + kind.birthdayWords
                    + " birthday: enter " + day(lastDay) + " or an earlier day"));
        } else if (terms.startsOn() != null && !terms.plannedEndOn().isAfter(terms.startsOn())) {
            checks.add(UserError.invalid("plannedEndOn", "Enter a planned end after the day it starts"));
        }
        if (kind == ArrangementKind.STAYING_PUT) {
            checks.required("household", "the former foster carers' household", terms.household(), SHORT_TEXT);
            money(checks, "weeklyAllowance", "the weekly allowance to the carers", terms.weeklyAllowance());
            money(checks, "weeklyContribution", "the young person's weekly contribution (0 when none)", terms.weeklyContribution());
            if (terms.moveOnPlanAgreedOn() != null) {
                if (terms.moveOnPlanAgreedOn().isAfter(today)) {
                    checks.add(UserError.invalid("moveOnPlanAgreedOn", "Enter today or a day before: record it once agreed"));
                } else if (terms.startsOn() != null && terms.moveOnPlanAgreedOn().isBefore(terms.startsOn())) {
                    checks.add(UserError.invalid("moveOnPlanAgreedOn", "Enter a day from the start of the arrangement"));
                }
            }
        } else {
            checks.required("livesAt", "where they live", terms.livesAt(), SHORT_TEXT)
                    .required("childrensHome", "the children's home they left", terms.childrensHome(), SHORT_TEXT)
                    .required("supportAgreed", "the support agreed", terms.supportAgreed(), LONG_TEXT)
                    .optional("keyContact", "the key contact", terms.keyContact(), SHORT_TEXT);
        }
        return checks.errors();
    }

    public static List<UserError> review(LocalDate startsOn, LocalDate reviewedOn, String note, LocalDate nextReviewOn,
                                         LocalDate today) {
        InputChecks checks = new InputChecks();
        if (reviewedOn == null) {
            checks.add(UserError.required("reviewedOn", "the day of the review"));
        } else if (reviewedOn.isAfter(today)) {
            checks.add(UserError.invalid("reviewedOn", "Enter today or a day before: record a review once it has happened"));
        } else if (reviewedOn.isBefore(startsOn)) {
            checks.add(UserError.invalid("reviewedOn", "Enter a day from the start of the arrangement (" + day(startsOn) + ")"));
        }
        checks.required("note", "what the review found", note, NOTE);
        if (nextReviewOn == null) {
            checks.add(UserError.required("nextReviewOn", "the day of the next review"));
        } else if (reviewedOn != null && !nextReviewOn.isAfter(reviewedOn)) {
            checks.add(UserError.invalid("nextReviewOn", "Enter a day after this review"));
        }
        return checks.errors();
    }

    public static List<UserError> ending(LocalDate startsOn, LocalDate endedOn, HowItEnded how, String note, LocalDate today) {
        InputChecks checks = new InputChecks();
        if (endedOn == null) {
            checks.add(UserError.required("endedOn", "the day it ended"));
        } else if (endedOn.isAfter(today)) {
            checks.add(UserError.invalid("endedOn", "Enter today or a day before: end it once it has ended "
                    + "(a change of plan is a new planned end)"));
        } else if (endedOn.isBefore(startsOn)) {
            checks.add(UserError.invalid("endedOn", "Enter a day from the start of the arrangement (" + day(startsOn) + ")"));
        }
        if (how == null) {
            checks.add(new UserError("how", "Choose how it ended", "REQUIRED"));
        }
        checks.optional("note", "the note", note, NOTE);
        return checks.errors();
    }

    private static void money(InputChecks checks, String field, String what, String typed) {
        if (typed == null || typed.isBlank()) {
            checks.add(UserError.required(field, what));
        } else if (Money.parse(typed).isEmpty()) {
            checks.add(UserError.invalid(field, "Enter an amount of money like £250 or £123.45"));
        }
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}

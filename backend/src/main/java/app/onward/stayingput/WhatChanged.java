package app.onward.stayingput;

import app.onward.stayingput.internal.StayingRepository.AuditedChange;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What others did to an arrangement since someone opened it, from the audit: "they changed the planned end". */
final class WhatChanged {

    /** The input fields, as a sentence names them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("startsOn", "the start"), Map.entry("plannedEndOn", "the planned end"),
            Map.entry("household", "the household"), Map.entry("weeklyAllowance", "the weekly allowance"),
            Map.entry("weeklyContribution", "the young person's contribution"),
            Map.entry("moveOnPlanAgreedOn", "the day the move-on plan was agreed"),
            Map.entry("livesAt", "where they live"), Map.entry("childrensHome", "the children's home"),
            Map.entry("supportAgreed", "the support agreed"), Map.entry("keyContact", "the key contact"));

    private WhatChanged() {
    }

    static String since(List<AuditedChange> changes) {
        if (changes.isEmpty()) {
            return "it changed";
        }
        return changes.stream().map(WhatChanged::said).collect(Collectors.joining("; "));
    }

    private static String said(AuditedChange change) {
        if (change.action().startsWith("REVIEW")) {
            return "they recorded a review";
        }
        if (change.action().startsWith("END")) {
            return "they ended it";
        }
        List<String> fields = change.fields().stream().filter(FIELDS::containsKey).map(FIELDS::get).toList();
        return fields.isEmpty() ? "they saved it again" : "they changed " + inASentence(fields);
    }

    private static String inASentence(List<String> parts) {
        return parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}

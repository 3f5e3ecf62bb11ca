package app.onward.offer;

import app.onward.graphql.UserError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What must be true of an entitlement before it can be published, field by field: a young person must be able
 * to tell what it is, whether it applies to them and how to claim it, and a national entitlement may never give
 * less than the law. Plain-English advice is separate ({@link PlainEnglish}): it never blocks.
 */
public final class EntitlementChecks {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int LONGEST_TITLE = 80;
    static final int LONGEST_SUMMARY = 300;

    private EntitlementChecks() {
    }

    public static List<UserError> beforePublishing(EntitlementContent content) {
        List<UserError> errors = new ArrayList<>();
        if (content.key() == null || !KEY.matcher(content.key()).matches() || content.key().length() > 60) {
            errors.add(UserError.invalid("key", "Use lower-case letters, numbers and hyphens, like setting-up-home-allowance"));
        }
        requireText(errors, "title", "a title", content.title(), LONGEST_TITLE);
        requireText(errors, "summary", "a summary in plain English", content.summary(), LONGEST_SUMMARY);
        if (content.area() == null) {
            errors.add(UserError.required("area", "which part of the offer this belongs to"));
        }
        if (content.whatYouGet() == null || blank(content.whatYouGet().description())) {
            errors.add(UserError.required("whatYouGet.description", "what a young person gets"));
        }
        if (content.whoQualifies() == null) {
            errors.add(UserError.required("whoQualifies", "who qualifies: at least the ages it is for"));
        }
        if (content.howToClaim() == null || content.howToClaim().steps().stream().allMatch(EntitlementChecks::blank)) {
            errors.add(UserError.required("howToClaim.steps", "at least one step saying how to claim"));
        }
        if (content.howToClaim() != null && (content.howToClaim().contact() == null || content.howToClaim().contact().saysNothing())) {
            errors.add(UserError.required("howToClaim.contact", "who to contact: a name, phone, email or web page"));
        }
        if (blank(content.legalBasis()) && content.fromTheLaw()) {
            errors.add(UserError.required("legalBasis", "the law this comes from"));
        }
        if (content.lastReviewedOn() == null) {
            errors.add(UserError.required("lastReviewedOn", "when this was last checked"));
        }
        if (content.fromTheLaw()) {
            errors.addAll(content.national().shortfalls(content));
        }
        return errors;
    }

    private static void requireText(List<UserError> errors, String field, String what, String value, int longest) {
        if (blank(value)) {
            errors.add(UserError.required(field, what));
        } else if (value.strip().length() > longest) {
            errors.add(UserError.tooLong(field, what.replaceFirst("^an? ", ""), longest));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

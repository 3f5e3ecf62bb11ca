package app.onward.stayingput;

import java.time.LocalDate;

/** The inputs of this feature's mutations, as stayingput.graphqls names them. Money is as typed: "£123.45". */
public final class StayingInputs {

    private StayingInputs() {
    }

    public record StartStayingPutInput(String youngPersonId, LocalDate startsOn, LocalDate plannedEndOn, String household,
                                       String weeklyAllowance, String weeklyContribution) {
    }

    public record UpdateStayingPutInput(String arrangementId, int version, LocalDate startsOn, LocalDate plannedEndOn,
                                        String household, String weeklyAllowance, String weeklyContribution,
                                        LocalDate moveOnPlanAgreedOn) {
    }

    public record StartStayingCloseInput(String youngPersonId, LocalDate startsOn, LocalDate plannedEndOn,
                                         String livesAt, String childrensHome, String supportAgreed, String keyContact) {
    }

    public record UpdateStayingCloseInput(String arrangementId, int version, LocalDate startsOn, LocalDate plannedEndOn,
                                          String livesAt, String childrensHome, String supportAgreed, String keyContact) {
    }

    public record RecordArrangementReviewInput(String arrangementId, int version, LocalDate reviewedOn, String note,
                                               LocalDate nextReviewOn) {
    }

    public record EndArrangementInput(String arrangementId, int version, LocalDate endedOn, HowItEnded how, String note) {
    }

    /** What start and update share, for either kind (the other kind's fields null). */
    public record Terms(LocalDate startsOn, LocalDate plannedEndOn, String household, String weeklyAllowance,
                 String weeklyContribution, LocalDate moveOnPlanAgreedOn, String livesAt, String childrensHome,
                 String supportAgreed, String keyContact) {

        static Terms of(StartStayingPutInput in) {
            return new Terms(in.startsOn(), in.plannedEndOn(), in.household(), in.weeklyAllowance(),
                    in.weeklyContribution(), null, null, null, null, null);
        }

        static Terms of(UpdateStayingPutInput in) {
            return new Terms(in.startsOn(), in.plannedEndOn(), in.household(), in.weeklyAllowance(),
                    in.weeklyContribution(), in.moveOnPlanAgreedOn(), null, null, null, null);
        }

        static Terms of(StartStayingCloseInput in) {
            return new Terms(in.startsOn(), in.plannedEndOn(), null, null, null, null, in.livesAt(),
                    in.childrensHome(), in.supportAgreed(), in.keyContact());
        }

        static Terms of(UpdateStayingCloseInput in) {
            return new Terms(in.startsOn(), in.plannedEndOn(), null, null, null, null, in.livesAt(),
                    in.childrensHome(), in.supportAgreed(), in.keyContact());
        }
    }
}

package app.onward.notice;

/** What a notice is about. The notice itself carries ids only, never personal detail. */
public enum NoticeKind { CIRCUMSTANCE_CHANGE_REPORTED, CORRECTION_REQUESTED, PLAN_COMMENTED, PLAN_AGREED, PLAN_READY_FOR_SIGN_OFF, ENTITLEMENT_CLAIM_RECORDED }

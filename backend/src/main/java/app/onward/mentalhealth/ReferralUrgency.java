package app.onward.mentalhealth;

public enum ReferralUrgency { ROUTINE, URGENT, EMERGENCY }

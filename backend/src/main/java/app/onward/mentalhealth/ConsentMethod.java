package app.onward.mentalhealth;

public enum ConsentMethod { IN_PERSON, PHONE, VIDEO_CALL, IN_WRITING }

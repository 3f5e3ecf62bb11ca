package app.onward.mentalhealth;

/** Who gave consent: the young person, or someone with legal authority to decide for them. */
public enum ConsentGiver { YOUNG_PERSON, LEGAL_REPRESENTATIVE }

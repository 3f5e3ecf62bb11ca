package app.onward.pathwayplan;

import app.onward.youngperson.YoungPersonId;

import java.util.UUID;

/** The young person commented on, or agreed with, a version of their plan: their adviser is told. */
public record YoungPersonRespondedToPlan(YoungPersonId youngPerson, UUID planId, int versionNumber, Response response) {

    public enum Response { COMMENTED, AGREED }
}

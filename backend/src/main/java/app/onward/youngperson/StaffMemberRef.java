package app.onward.youngperson;

import app.onward.identity.OnwardRole;

import java.util.Set;

/** The signed-in member of staff: who they are in Onward, their team, and their roles from the token. */
public record StaffMemberRef(StaffMemberId id, TeamId team, Set<OnwardRole> roles) {

    public boolean isManager() {
        return roles.contains(OnwardRole.TEAM_MANAGER);
    }

    public boolean isAdviser() {
        return roles.contains(OnwardRole.PERSONAL_ADVISER);
    }
}

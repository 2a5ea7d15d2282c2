package vn.hoclieu.core.account;

import java.util.Set;

/** What the rest of the system may know about a signed-in person. */
public record Account(long id, String username, String displayName, Set<Role> roles,
                      Long schoolId, String schoolName, String locale) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

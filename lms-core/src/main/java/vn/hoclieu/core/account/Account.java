package vn.hoclieu.core.account;

import java.util.Set;

/**
 * What the rest of the system may know about a signed-in person.
 *
 * @param mustChangePassword the person still signs in with a password someone else issued (roster
 *                           import, reset): pages and the API ask for a new one before anything else
 */
public record Account(long id, String username, String displayName, Set<Role> roles,
                      Long schoolId, String schoolName, String locale, boolean mustChangePassword) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

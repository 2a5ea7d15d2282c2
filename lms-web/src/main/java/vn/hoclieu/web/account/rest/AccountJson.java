package vn.hoclieu.web.account.rest;

import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;

import java.util.List;

/** An account as the API shows it to its owner. */
public record AccountJson(long id, String username, String displayName, List<String> roles, String school, Long schoolId, String locale,
                          boolean mustChangePassword) {

    static AccountJson of(Account a) {
        return new AccountJson(a.id(), a.username(), a.displayName(), a.roles().stream().map(Role::name).sorted().toList(),
                a.schoolName(), a.schoolId(), a.locale(), a.mustChangePassword());
    }
}

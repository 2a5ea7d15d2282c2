package vn.hoclieu.core.demo;

import vn.hoclieu.core.account.Role;

/** One account of the demo school, as the launcher prints it for newcomers. */
public record DemoLogin(String username, String displayName, Role role, String className) {
}

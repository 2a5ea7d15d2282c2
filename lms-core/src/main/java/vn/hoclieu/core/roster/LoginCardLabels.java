package vn.hoclieu.core.roster;

/** The words on a login card, in the reader's language (the web tier takes them from its bundles). */
public record LoginCardLabels(String title, String name, String className, String username, String password,
                              String site, String changeHint) {
}

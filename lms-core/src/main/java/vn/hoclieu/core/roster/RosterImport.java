package vn.hoclieu.core.roster;

import java.util.List;

/** The pupils an import created, with their first passwords: shown once, never stored in clear. */
public record RosterImport(long schoolId, List<LoginCard> cards) {
}

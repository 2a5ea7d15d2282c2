package vn.hoclieu.core.roster;

import vn.hoclieu.core.roster.model.Gender;

import java.time.LocalDate;
import java.util.List;

/**
 * One pupil row as read and checked: {@code line} is the row's number in the file (the header is
 * line 1), values are null when missing or unreadable, and {@code username} is what the import
 * would create (null while the row has problems).
 */
public record RosterRow(int line, String name, LocalDate birthDate, Gender gender, String className,
                        String ministryCode, String username, List<RosterProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}

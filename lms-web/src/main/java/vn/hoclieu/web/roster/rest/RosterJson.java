package vn.hoclieu.web.roster.rest;

import vn.hoclieu.core.roster.LoginCard;
import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterProblem;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.web.roster.RosterTexts;

import java.util.List;
import java.util.Locale;

/** Rosters as the API shows them. */
public final class RosterJson {

    private RosterJson() {
    }

    public record Problem(String code, String column, String message) {
        static Problem of(Locale locale, RosterProblem p) {
            return new Problem(p.code(), p.column(), RosterTexts.problem(locale, p));
        }
    }

    public record Row(int line, String name, String birthDate, String gender, String className, String ministryCode,
                      String username, List<Problem> problems) {
        static Row of(Locale locale, RosterRow r) {
            return new Row(r.line(), r.name(), r.birthDate() == null ? null : r.birthDate().format(RosterTexts.DATE),
                    r.gender() == null ? null : r.gender().name(), r.className(), r.ministryCode(), r.username(),
                    r.problems().stream().map(p -> Problem.of(locale, p)).toList());
        }
    }

    /** The preview: {@code importable} is true only when no problem is left anywhere. */
    public record Preview(boolean importable, int rows, long rowsWithProblems, List<Problem> fileProblems, List<Row> pupils) {
        static Preview of(Locale locale, RosterPreview p) {
            return new Preview(p.importable(), p.rows().size(), p.rowsWithProblems(),
                    p.fileProblems().stream().map(f -> Problem.of(locale, f)).toList(),
                    p.rows().stream().map(r -> Row.of(locale, r)).toList());
        }
    }

    /** A 400 for a roster with problems: the usual error fields, one per row ("line 3"), and the whole preview. */
    public record Rejected(String error, String message, java.util.Map<String, String> fields, Preview preview) {
    }

    /** A pupil's first sign-in: shown once. {@code cards} downloads the PDF for 30 minutes. */
    public record Issued(long id, String name, String className, String username, String firstPassword) {
        static Issued of(LoginCard c) {
            return new Issued(c.pupilId(), c.name(), c.className(), c.username(), c.firstPassword());
        }
    }

    public record Imported(int created, List<Issued> pupils, String cards) {
    }

    public record Reset(Issued pupil, String cards) {
    }
}

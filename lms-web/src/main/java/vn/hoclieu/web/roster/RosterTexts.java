package vn.hoclieu.web.roster;

import vn.hoclieu.core.roster.LoginCardLabels;
import vn.hoclieu.core.roster.RosterProblem;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.web.i18n.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A roster's problems and login cards in the reader's words, for the API and the page alike. */
public final class RosterTexts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RosterTexts() {
    }

    /** "Ngày sinh: 31/02/2017 không phải là ngày (dd/MM/yyyy)." */
    public static String problem(Locale locale, RosterProblem problem) {
        String sentence = Messages.text(locale, "roster.problem." + problem.code(), problem.arguments().toArray());
        return problem.column() == null ? sentence : Messages.text(locale, "roster.column." + problem.column()) + ": " + sentence;
    }

    public static String problems(Locale locale, RosterRow row) {
        return row.problems().stream().map(p -> problem(locale, p)).collect(Collectors.joining(" "));
    }

    public static String gender(Locale locale, RosterRow row) {
        return row.gender() == null ? "" : Messages.text(locale, "roster.gender." + row.gender().name());
    }

    public static LoginCardLabels cardLabels(Locale locale) {
        return new LoginCardLabels(Messages.text(locale, "roster.card.title"), Messages.text(locale, "roster.column.name"),
                Messages.text(locale, "roster.column.class"), Messages.text(locale, "roster.card.username"),
                Messages.text(locale, "roster.card.password"), Messages.text(locale, "roster.card.site"),
                Messages.text(locale, "roster.card.changeHint"));
    }
}

package vn.hoclieu.web.gradebook.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.gradebook.ColumnKind;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.SubjectResult;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/** How the gradebook's pages write marks and results: "7,8" in Vietnamese, ratings and reasons as words. */
@Named
@RequestScoped
public class GradebookTexts {

    @Inject
    LocaleSelection localeSelection;

    /** A score as typed with a comma (Vietnamese) or a point; null when it is no number. */
    public static BigDecimal parseScore(String typed) {
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A stored mark as the grid shows it in its input: the score in the reader's notation, or the rating's name. */
    public String cellText(GradeSheet.Cell cell) {
        if (cell.score() != null) {
            return score(cell.score());
        }
        return cell.rating() == null ? "" : cell.rating();
    }

    public String score(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(localeSelection.getLocale());
        number.setMaximumFractionDigits(1);
        number.setGroupingUsed(false);
        return number.format(value);
    }

    /** A stored rating (T, DAT, …) as words. */
    public String rating(String rating) {
        return rating == null || rating.isBlank() ? "" : text("gradebook.rating." + rating);
    }

    public String kind(ColumnKind kind) {
        return text("gradebook.kind." + kind);
    }

    /** Choices of a rating column: T/H/C or Đạt/Chưa đạt. */
    public List<String> ratingChoices(ColumnKind kind) {
        return kind == ColumnKind.PASS_FAIL ? List.of("DAT", "CHUA_DAT") : List.of("T", "H", "C");
    }

    /** The computed result as the sheet's last column shows it: "7,8", "Đạt", "T · 9", or "—" with what is missing. */
    public String result(SubjectResult result) {
        if (result.missing() != null) {
            return "— (" + text("gradebook.missing." + result.missing()) + ")";
        }
        if (result.average() != null) {
            return score(result.average());
        }
        if (result.passFail() != null) {
            return rating(result.passFail().name());
        }
        String level = result.endOfTermRating() == null ? "" : rating(result.endOfTermRating().name());
        return result.testScore() == null ? level : level + " · " + result.testScore();
    }

    public String term(String term) {
        return text("gradebook.term." + term);
    }

    private String text(String key) {
        return Messages.text(localeSelection.getLocale(), key);
    }
}

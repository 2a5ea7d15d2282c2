package vn.hoclieu.web.gradebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.gradebook.CompetenceSheet;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.GradebookAccessDeniedException;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.GradebookWorkbook;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.web.i18n.Messages;

import java.text.Normalizer;
import java.util.Locale;

/** The XLSX of a gradebook sheet in the reader's language, and its file name; shared by the API and the page. */
@ApplicationScoped
public class GradebookFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    GradebookService gradebook;

    public record File(String name, byte[] bytes) {
    }

    public File export(long classId, long subjectId, Term term, Account reader, Locale locale) {
        GradeSheet sheet = gradebook.sheet(classId, subjectId, term, reader);
        byte[] bytes = GradebookWorkbook.of(sheet, sheet.primary() ? competencesOrNone(classId, term, reader) : null,
                key -> Messages.text(locale, "gradebook.xlsx." + key));
        return new File(fileName(sheet), bytes);
    }

    /** A subject teacher who is not the homeroom teacher may still read the class's competences; without them the file has one sheet. */
    private CompetenceSheet competencesOrNone(long classId, Term term, Account reader) {
        try {
            return gradebook.competences(classId, term, reader);
        } catch (GradebookAccessDeniedException notAllowed) {
            return null;
        }
    }

    /** "so-diem-7A-toan-hk1.xlsx": ASCII, so that every phone and mail client keeps it. */
    static String fileName(GradeSheet sheet) {
        String subject = Normalizer.normalize(sheet.subjectName().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String className = sheet.className().replaceAll("[^A-Za-z0-9]+", "");
        return "so-diem-" + className + "-" + subject + "-hk" + (sheet.term() == Term.FIRST ? "1" : "2") + ".xlsx";
    }
}

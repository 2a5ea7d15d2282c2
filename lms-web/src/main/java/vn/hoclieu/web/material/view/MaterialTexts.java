package vn.hoclieu.web.material.view;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.FileSummary;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Sentences the material pages compose from several values, in the reader's language. */
@Named
@RequestScoped
public class MaterialTexts {

    /** The district's clock and the way Vietnamese write a moment (14/09/2026 08:30), in both languages. */
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    @Inject
    LocaleSelection localeSelection;

    @Inject
    SubjectCatalog subjects;

    public String subject(String code) {
        return subjects.name(code, localeSelection.getLanguage());
    }

    /** {3, 4} → "Lớp 3, 4" / "Grades 3, 4". */
    public String grades(Collection<Integer> grades) {
        String list = grades.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        return text(grades.size() == 1 ? "material.grade.one" : "material.grade.many", list);
    }

    /** A language code with its name when the form offers it ("kpm" → "K'Ho"), else the code itself. */
    public String language(String code) {
        return ContentLanguages.offered(code) ? text("material.language." + code) : code;
    }

    /**
     * Why ingest refused a file: the translation of its failure code, or — for a code this page
     * does not know yet — a general sentence with the worker's own detail.
     */
    public String failure(FileSummary file) {
        String key = "ingest.failure." + file.failureCode();
        if (file.failureCode() != null && bundle().containsKey(key)) {
            return text(key);
        }
        return text("ingest.failure.other", file.failureDetail() == null ? "" : file.failureDetail());
    }

    /** 1536 → "1,5 KB"; decimal units, the way phones count storage. */
    public String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(localeSelection.getLocale());
        number.setMaximumFractionDigits(1);
        String[] units = {"B", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return number.format(value) + " " + units[unit];
    }

    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    /** An average score: 4.5 → "4,5" in Vietnamese, "4.5" in English; at most two decimals. */
    public String score(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(localeSelection.getLocale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(2);
        return number.format(value);
    }

    private String text(String key, Object... arguments) {
        return Messages.text(localeSelection.getLocale(), key, arguments);
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(Messages.BUNDLE, localeSelection.getLocale());
    }
}

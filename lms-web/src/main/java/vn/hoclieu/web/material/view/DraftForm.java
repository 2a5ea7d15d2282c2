package vn.hoclieu.web.material.view;

import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MaterialType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The description fields as the contribute and edit forms hold them (keywords as one line, the
 * language as a choice plus a free code), and the {@link MaterialDraft} they stand for.
 */
public class DraftForm implements Serializable {

    private String title;
    private String description;
    private String subjectCode;
    private List<Integer> grades = List.of();
    private MaterialType type;
    private String language = "vi";
    private String otherLanguage;
    private Licence licence = Licence.CC_BY_SA;
    private String keywords;
    private String curriculumNote;
    private String externalUrl;

    /** The form filled with a material's current description, for editing it. */
    public static DraftForm of(MaterialSummary m) {
        DraftForm form = new DraftForm();
        form.title = m.title();
        form.description = m.description();
        form.subjectCode = m.subjectCode();
        form.grades = new ArrayList<>(new TreeSet<>(m.grades()));
        form.type = m.type();
        form.language = ContentLanguages.offered(m.language()) ? m.language() : ContentLanguages.OTHER;
        form.otherLanguage = ContentLanguages.offered(m.language()) ? null : m.language();
        form.licence = m.licence();
        form.keywords = String.join(", ", m.keywords());
        form.curriculumNote = m.curriculumNote();
        form.externalUrl = m.externalUrl();
        return form;
    }

    public MaterialDraft draft() {
        return new MaterialDraft(title, description, subjectCode, new LinkedHashSet<>(grades), type, chosenLanguage(),
                licence, keywordSet(), curriculumNote, blankToNull(externalUrl));
    }

    private String chosenLanguage() {
        if (!ContentLanguages.OTHER.equals(language)) {
            return language;
        }
        return otherLanguage == null ? null : otherLanguage.strip().toLowerCase(Locale.ROOT);
    }

    /** "phép nhân, lớp 3 ,," → {phép nhân, lớp 3}. */
    private Set<String> keywordSet() {
        if (keywords == null) {
            return Set.of();
        }
        return Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** An emptied URL field means "no link", not a link that fails the URL rule. */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSubjectCode() { return subjectCode; }
    public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
    public List<Integer> getGrades() { return grades; }
    public void setGrades(List<Integer> grades) { this.grades = grades == null ? List.of() : grades; }
    public MaterialType getType() { return type; }
    public void setType(MaterialType type) { this.type = type; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getOtherLanguage() { return otherLanguage; }
    public void setOtherLanguage(String otherLanguage) { this.otherLanguage = otherLanguage; }
    public Licence getLicence() { return licence; }
    public void setLicence(Licence licence) { this.licence = licence; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getCurriculumNote() { return curriculumNote; }
    public void setCurriculumNote(String curriculumNote) { this.curriculumNote = curriculumNote; }
    public String getExternalUrl() { return externalUrl; }
    public void setExternalUrl(String externalUrl) { this.externalUrl = externalUrl; }
}

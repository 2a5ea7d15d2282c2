package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.web.i18n.LocaleSelection;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The contribute form. Field rules live on {@link MaterialDraft}: the page shows their messages
 * next to each field, then the new material's page opens so the teacher can add its files.
 */
@Named
@RequestScoped
public class ContributeView {

    static final String FORM = "material";

    @Inject
    MaterialService materials;

    @Inject
    DraftValidation validation;

    @Inject
    TeacherPage page;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    SubjectCatalog subjects;

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

    public void open() {
        page.teacherOrRefuse();
    }

    public String contribute() {
        Account teacher = page.teacherOrRefuse();
        if (teacher == null) {
            return null;
        }
        MaterialDraft draft = draft();
        Map<String, String> problems = validation.problems(draft, localeSelection.getLocale());
        if (!problems.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            problems.forEach((field, message) -> faces.addMessage(FORM + ":" + inputOf(field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
            faces.validationFailed();
            return null;
        }
        MaterialSummary created = materials.contribute(teacher.id(), teacher.schoolId(), draft);
        return "/app/material.xhtml?faces-redirect=true&id=" + created.id();
    }

    MaterialDraft draft() {
        return new MaterialDraft(title, description, subjectCode, new LinkedHashSet<>(grades), type, chosenLanguage(),
                licence, keywordSet(), curriculumNote, externalUrl);
    }

    /** The input that shows a draft field's message (the language rule can only fail on the free code). */
    private static String inputOf(String field) {
        return switch (field) {
            case "subjectCode" -> "subject";
            case "language" -> "otherLanguage";
            default -> field;
        };
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

    public List<SubjectOption> getSubjects() {
        return subjects.all();
    }

    public List<Integer> getGradeChoices() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public MaterialType[] getTypes() {
        return MaterialType.values();
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public List<String> getLanguages() {
        return Stream.concat(ContentLanguages.OFFERED.stream(), Stream.of(ContentLanguages.OTHER)).toList();
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

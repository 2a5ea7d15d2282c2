package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialType;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** What the description form and the catalogue's filters offer to choose from. */
@Named
@ApplicationScoped
public class DraftChoices {

    @Inject
    SubjectCatalog subjects;

    public List<SubjectOption> getSubjects() {
        return subjects.all();
    }

    public List<Integer> getGrades() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    /** Open courses and question sets get their carrier material from their own "Gửi duyệt", never from this form. */
    public MaterialType[] getTypes() {
        return java.util.Arrays.stream(MaterialType.values()).filter(t -> !t.isCarrier()).toArray(MaterialType[]::new);
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public List<String> getLanguages() {
        return Stream.concat(ContentLanguages.OFFERED.stream(), Stream.of(ContentLanguages.OTHER)).toList();
    }
}

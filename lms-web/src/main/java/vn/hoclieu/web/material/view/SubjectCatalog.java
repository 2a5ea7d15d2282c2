package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The subjects a material can belong to. lms-core seeds them by migration and never changes them
 * while the application runs, so they are read once (read-only, through the shared unit).
 */
@ApplicationScoped
public class SubjectCatalog {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager entities;

    private volatile List<SubjectOption> subjects;

    public List<SubjectOption> all() {
        if (subjects == null) {
            subjects = entities.createQuery("select new vn.hoclieu.web.material.view.SubjectOption(s.code, s.nameVi, s.nameEn) "
                    + "from Subject s order by s.id", SubjectOption.class).getResultList();
        }
        return subjects;
    }

    public Optional<SubjectOption> byCode(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The subject's name in the reader's language, or its code if it is no longer offered. */
    public String name(String code, String language) {
        return byCode(code).map(s -> s.name(language)).orElse(code);
    }
}

package vn.hoclieu.web.catalogue.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.content.catalogue.CatalogueQuery;
import vn.hoclieu.content.catalogue.CataloguePage;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.web.account.DisplayNames;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The district catalogue of reviewed, published materials for every signed-in person. Filters and
 * the page number are GET parameters, so a teacher can send a pupil a link to "Toán, lớp 3".
 */
@Named
@RequestScoped
public class CatalogueView {

    /** Small pages: each entry carries a picture, and links are slow. */
    static final int PAGE_SIZE = 12;

    @Inject
    CatalogueService catalogue;

    @Inject
    DisplayNames names;

    private String subject;
    private Integer grade;
    private MaterialType type;
    private int page = 1;
    private CataloguePage result;

    public void open() {
        result = catalogue.published(new CatalogueQuery(blankToNull(subject), grade, type, null, Math.max(page, 1) - 1, PAGE_SIZE));
        names.expect(result.entries().stream().map(CatalogueEntry::authorId).collect(Collectors.toSet()),
                result.entries().stream().map(CatalogueEntry::schoolId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    public List<CatalogueEntry> getEntries() {
        return result().entries();
    }

    public long getTotal() {
        return result().total();
    }

    public int getPages() {
        return (int) Math.max(1, (result().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** A parameter Faces could not convert ("grade=abc") skips the view action: show the unfiltered list then. */
    private CataloguePage result() {
        if (result == null) {
            subject = null;
            grade = null;
            type = null;
            page = 1;
            open();
        }
        return result;
    }

    /** Page numbers to offer: all of them while few, else the current one and its neighbours. */
    public List<Integer> getPageNumbers() {
        int from = Math.max(1, page - 2);
        int to = Math.min(getPages(), page + 2);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public Integer getGrade() { return grade; }
    public void setGrade(Integer grade) { this.grade = grade; }
    public MaterialType getType() { return type; }
    public void setType(MaterialType type) { this.type = type; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}

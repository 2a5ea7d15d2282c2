package vn.hoclieu.web.course.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseQuery;
import vn.hoclieu.web.course.search.CourseSearch;
import vn.hoclieu.web.course.search.CourseSearchResults;
import vn.hoclieu.web.search.view.SearchView;
import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;

import java.util.List;
import java.util.Map;

/**
 * The public catalogue of open courses (courses.xhtml): a GET form, so a search is a link anyone
 * can share and the page needs no account and no JavaScript. Unknown filter values are ignored.
 */
@Named
@RequestScoped
public class CourseCatalogueView {

    static final int PAGE_SIZE = 12;

    @Inject
    CourseSearch search;

    private String q;
    private String subject;
    private String level;
    private String audience;
    private int page;
    private CourseSearchResults result;

    public CourseSearchResults getResult() {
        if (result == null) {
            try {
                result = search.find(new CourseQuery(q, subject, named(CourseLevel.class, level), named(Audience.class, audience), page, PAGE_SIZE));
            } catch (CourseException unknownSubject) {
                result = new CourseSearchResults(List.of(), 0, 0, PAGE_SIZE, Map.of(), false, false);
            }
        }
        return result;
    }

    public boolean isHasNext() {
        return (long) (getResult().page() + 1) * getResult().size() < getResult().total();
    }

    /** The matched passages of a course's card, markup reduced to {@code <mark>} as on the search page. */
    public List<String> snippets(long courseId) {
        return getResult().snippets().getOrDefault(courseId, List.of()).stream().map(SearchView::safeSnippet).toList();
    }

    public CourseLevel[] getLevels() {
        return CourseLevel.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(page, 0); }
}

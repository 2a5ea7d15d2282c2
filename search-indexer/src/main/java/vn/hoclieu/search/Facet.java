package vn.hoclieu.search;

/** The facets of material search and the index field behind each. */
public enum Facet {
    SUBJECT("subject"), GRADE("grades"), TYPE("type"), LICENCE("licence"), LANGUAGE("language"), SCHOOL("schoolId");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}

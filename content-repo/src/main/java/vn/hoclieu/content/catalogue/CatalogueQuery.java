package vn.hoclieu.content.catalogue;

import vn.hoclieu.content.material.MaterialType;

/** Filters of the district catalogue (all optional) and the page wanted (from 0). */
public record CatalogueQuery(String subjectCode, Integer grade, MaterialType type, String language, int page, int size) {

    public static CatalogueQuery firstPage() {
        return new CatalogueQuery(null, null, null, null, 0, 20);
    }
}

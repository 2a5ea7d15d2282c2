package vn.hoclieu.content.catalogue;

import java.util.List;

public record CataloguePage(List<CatalogueEntry> entries, long total, int page, int size) {
}

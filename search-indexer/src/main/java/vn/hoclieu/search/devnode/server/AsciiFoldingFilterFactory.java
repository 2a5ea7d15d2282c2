package vn.hoclieu.search.devnode.server;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code asciifolding} token filter as analysis-common defines it (same name, same
 * {@code preserve_original} parameter), over Lucene's {@link ASCIIFoldingFilter}: folds Vietnamese
 * diacritics, including đ to d.
 */
final class AsciiFoldingFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "asciifolding";

    private final boolean preserveOriginal;

    AsciiFoldingFilterFactory(String name, Settings settings) {
        super(name);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    /** Used for normalizers and multi-term queries (prefix, wildcard): one token out, never both forms. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, false);
    }
}

package vn.hoclieu.content.extraction;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Counts the {@code <div class="sheet">} Tika's spreadsheet parsers write, one per sheet. */
final class SheetCounter extends ContentHandlerDecorator {

    private int sheets;

    SheetCounter(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName) && "sheet".equals(atts.getValue("class"))) {
            sheets++;
        }
        super.startElement(uri, localName, name, atts);
    }

    int sheets() {
        return sheets;
    }
}

package vn.hoclieu.content.extraction;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The cover image of an EPUB, as its package document (OPF) names it: the manifest item with
 * {@code properties="cover-image"} (EPUB 3), else the item a {@code <meta name="cover">} points
 * to (EPUB 2). Books without either have no cover: no guessing from file names.
 */
final class EpubCover {

    private static final Logger LOG = Logger.getLogger(EpubCover.class.getName());
    /** Covers above this are not decoded (a 20 000 × 20 000 PNG would need 1.6 GB of heap). */
    static final long MAX_PIXELS = 50_000_000L;
    static final long MAX_IMAGE_BYTES = 32L << 20;

    private static final XMLInputFactory XML = secureFactory();

    private EpubCover() {
    }

    record Item(String id, String href, String mediaType, String properties) {
    }

    static Optional<Path> extract(Path epub, Path workDir, int width) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Optional<String> coverEntry = coverEntryName(zip);
            if (coverEntry.isEmpty()) {
                return Optional.empty();
            }
            ZipEntry entry = zip.getEntry(coverEntry.get());
            if (entry == null || entry.getSize() > MAX_IMAGE_BYTES) {
                return Optional.empty();
            }
            Optional<BufferedImage> image = decode(zip, entry, workDir, width);
            if (image.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Thumbnails.writePng(Thumbnails.toWidth(image.get(), width), workDir));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "No cover for " + epub);
            return Optional.empty();
        }
    }

    static Optional<String> coverEntryName(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry container = zip.getEntry("META-INF/container.xml");
        if (container == null) {
            return Optional.empty();
        }
        Optional<String> opfPath;
        try (InputStream in = zip.getInputStream(container)) {
            opfPath = firstAttribute(in, "rootfile", "full-path");
        }
        if (opfPath.isEmpty() || zip.getEntry(opfPath.get()) == null) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        String coverId = null;
        try (InputStream in = zip.getInputStream(zip.getEntry(opfPath.get()))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("item")) {
                        items.add(new Item(attribute(xml, "id"), attribute(xml, "href"),
                                attribute(xml, "media-type"), attribute(xml, "properties")));
                    } else if (name.equals("meta") && "cover".equals(attribute(xml, "name"))) {
                        coverId = attribute(xml, "content");
                    }
                }
            } finally {
                xml.close();
            }
        }
        Optional<Item> cover = chooseCover(items, coverId);
        return cover.flatMap(item -> resolve(opfPath.get(), item.href()));
    }

    static Optional<Item> chooseCover(List<Item> items, String coverId) {
        for (Item item : items) {
            if (item.properties() != null && List.of(item.properties().split("\\s+")).contains("cover-image")) {
                return Optional.of(item);
            }
        }
        if (coverId != null) {
            for (Item item : items) {
                if (coverId.equals(item.id()) && item.mediaType() != null
                        && item.mediaType().toLowerCase(Locale.ROOT).startsWith("image/")) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code OEBPS/content.opf} + {@code ../images/a%20b.jpg} → {@code images/a b.jpg}. */
    static Optional<String> resolve(String opfPath, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI base = new URI(null, null, "/" + opfPath, null);
            URI resolved = base.resolve(hrefUri(href.strip()));
            if (resolved.getScheme() != null || resolved.getPath() == null) {
                return Optional.empty();   // a remote cover: never fetched
            }
            String path = resolved.normalize().getPath();
            return path.startsWith("/") && !path.startsWith("/..") ? Optional.of(path.substring(1)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Hrefs must be URI-encoded; books with a raw space in a name exist all the same. */
    private static URI hrefUri(String href) throws URISyntaxException {
        try {
            return new URI(href);
        } catch (URISyntaxException e) {
            return new URI(null, null, href, null);
        }
    }

    private static Optional<BufferedImage> decode(ZipFile zip, ZipEntry entry, Path workDir, int width)
            throws IOException {
        Files.createDirectories(workDir);
        Path temp = Files.createTempFile(workDir, "cover", ".part");
        try {
            try (InputStream in = zip.getInputStream(entry);
                 java.io.OutputStream out = Files.newOutputStream(temp)) {
                // bounded: the zip guard does not check what media entries really unpack to
                if (in.transferTo(new BoundedOutputStream(out, MAX_IMAGE_BYTES)) > MAX_IMAGE_BYTES) {
                    return Optional.empty();
                }
            } catch (BoundedOutputStream.LimitExceeded e) {
                return Optional.empty();
            }
            try (ImageInputStream stream = ImageIO.createImageInputStream(temp.toFile())) {
                if (stream == null) {
                    return Optional.empty();
                }
                Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
                if (!readers.hasNext()) {
                    return Optional.empty();   // SVG, WebP…: no reader in the JDK
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(stream, true, true);
                    int sourceWidth = reader.getWidth(0);
                    int sourceHeight = reader.getHeight(0);
                    if ((long) sourceWidth * sourceHeight > MAX_PIXELS) {
                        return Optional.empty();
                    }
                    ImageReadParam param = reader.getDefaultReadParam();
                    int step = Math.max(1, sourceWidth / (2 * width));   // decode at no more than twice the target
                    param.setSourceSubsampling(step, step, 0, 0);
                    return Optional.of(reader.read(0, param));
                } finally {
                    reader.dispose();
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes at most {@code limit} bytes, then refuses. */
    static final class BoundedOutputStream extends java.io.FilterOutputStream {

        static final class LimitExceeded extends IOException {
            private static final long serialVersionUID = 1L;

            LimitExceeded() {
                super("More than the allowed bytes");
            }
        }

        private final long limit;
        private long written;

        BoundedOutputStream(java.io.OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws LimitExceeded {
            written += n;
            if (written > limit) {
                throw new LimitExceeded();
            }
        }
    }

    private static Optional<String> firstAttribute(InputStream in, String element, String attribute)
            throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
                    return Optional.ofNullable(attribute(xml, attribute));
                }
            }
            return Optional.empty();
        } finally {
            xml.close();
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** No DTDs, no external entities: an EPUB is untrusted input and there is no network. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}

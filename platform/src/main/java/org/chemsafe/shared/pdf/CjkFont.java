package org.chemsafe.shared.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font of printed documents (permits, ledgers): WenQuanYi Micro Hei (Debian package {@code fonts-wqy-microhei}), a TrueType
 * collection PDFBox can subset (the CFF-based Noto CJK fonts it cannot). Only the glyphs a document uses are embedded.
 * Where the file is missing every print answers 503 naming the package to install.
 */
@Component
public class CjkFont {

    static final String PACKAGE = "fonts-wqy-microhei";
    private static final String FACE = "WenQuanYiMicroHei";

    private final Path file;

    public CjkFont(@Value("${chemsafe.pdf.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") Path file) {
        this.file = file;
    }

    /**
     * Opens the collection; close it only after the document using its font is saved.
     *
     * @throws ProblemException 503 when the font is not installed
     */
    public TrueTypeCollection open() throws IOException {
        if (!Files.isReadable(file)) {
            throw missing();
        }
        return new TrueTypeCollection(file.toFile());
    }

    /** The proportional face of the collection, embedded into {@code document} as a subset (503 if it is not in it). */
    public PDType0Font load(PDDocument document, TrueTypeCollection collection) throws IOException {
        TrueTypeFont face = collection.getFontByName(FACE);
        if (face == null) {
            throw missing();
        }
        return PDType0Font.load(document, face, true);
    }

    private ProblemException missing() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "pdf.font-missing", file.toString(),
                PACKAGE);
    }
}

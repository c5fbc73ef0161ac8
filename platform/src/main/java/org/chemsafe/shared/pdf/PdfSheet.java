package org.chemsafe.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A form drawn top to bottom on A4 pages: a title, ruled rows of cells with wrapped text (and an image below the text
 * where a cell has one), and a QR code drawn as vector squares. A row that does not fit on the page starts a new one.
 * Characters the font has no glyph for are printed as '?', so user text can never fail a print.
 */
public final class PdfSheet {

    public static final float BODY = 9;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 36;
    private static final float PADDING = 3;
    private static final float LEADING = 1.35f;
    private static final float LINE_WIDTH = 0.6f;
    private static final Color LABEL_FILL = new Color(0xEE, 0xEE, 0xEE);

    /** One cell of a row: its share of the row's width, its text, whether it is a label, an image under the text. */
    public record Cell(float share, String text, boolean label, @Nullable PDImageXObject image, float imageHeight) {

        public static Cell label(float share, String text) {
            return new Cell(share, text, true, null, 0);
        }

        public static Cell value(float share, String text) {
            return new Cell(share, text, false, null, 0);
        }

        public static Cell image(float share, String text, @Nullable PDImageXObject image, float imageHeight) {
            return new Cell(share, text, false, image, imageHeight);
        }
    }

    private final PDDocument document;
    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    public PdfSheet(PDDocument document, PDFont font) throws IOException {
        this.document = document;
        this.font = font;
        this.content = newPage();
    }

    /** The width between the margins. */
    public static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** A centred title line. */
    public void title(String text, float size) throws IOException {
        String safe = printable(text);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        y -= size * LEADING;
        show(safe, MARGIN + (width() - textWidth) / 2, y + size * 0.25f, size);
        y -= size * 0.4f;
    }

    /** One line with text on the left and on the right, no rules. */
    public void line(String left, String right) throws IOException {
        y -= BODY * LEADING;
        show(printable(left), MARGIN, y + BODY * 0.25f, BODY);
        String safe = printable(right);
        show(safe, MARGIN + width() - font.getStringWidth(safe) / 1000 * BODY, y + BODY * 0.25f, BODY);
        y -= PADDING;
    }

    /** A heading row across the whole width. */
    public void heading(String text) throws IOException {
        row(List.of(Cell.label(1, text)));
    }

    /** A ruled row; shares are fractions of the width and add up to 1. */
    public void row(List<Cell> cells) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        float height = 0;
        for (Cell cell : cells) {
            List<String> wrapped = wrap(cell.text(), cell.share() * width() - 2 * PADDING);
            lines.add(wrapped);
            float imageHeight = cell.imageHeight() > 0 ? cell.imageHeight() + PADDING : 0;
            height = Math.max(height, wrapped.size() * BODY * LEADING + imageHeight + 2 * PADDING);
        }
        if (y - height < MARGIN) {
            content.close();
            content = newPage();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float cellWidth = cell.share() * width();
            if (cell.label()) {
                content.setNonStrokingColor(LABEL_FILL);
                content.addRect(x, y - height, cellWidth, height);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
            }
            content.addRect(x, y - height, cellWidth, height);
            content.stroke();
            float baseline = y - PADDING - BODY;
            for (String text : lines.get(i)) {
                show(text, x + PADDING, baseline, BODY);
                baseline -= BODY * LEADING;
            }
            if (cell.image() != null) {
                drawImage(cell.image(), x + PADDING, baseline + BODY - PADDING, cellWidth - 2 * PADDING,
                        cell.imageHeight());
            }
            x += cellWidth;
        }
        y -= height;
    }

    /** Empty space before the next element. */
    public void gap(float points) {
        y -= points;
    }

    /**
     * A QR code of {@code text} at the left, {@code size} points square with its quiet zone, and caption lines beside
     * it; on a new page if it does not fit.
     */
    public void qrCode(String text, float size, List<String> caption) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException ex) {
            throw new IllegalStateException("a permit's address does not fit a QR code: " + text, ex);
        }
        int modules = matrix.getWidth();
        float module = size / (modules + 8); // 4 modules of quiet zone on each side (ISO/IEC 18004)
        if (y - size < MARGIN) {
            content.close();
            content = newPage();
        }
        float left = MARGIN + 4 * module;
        float top = y - 4 * module;
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                if (matrix.get(column, row)) {
                    content.addRect(left + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
        float baseline = y - 4 * module - BODY;
        for (String line : caption) {
            for (String wrapped : wrap(line, width() - size - PADDING)) {
                show(wrapped, MARGIN + size + PADDING, baseline, BODY);
                baseline -= BODY * LEADING;
            }
        }
        y -= size;
    }

    /**
     * Ends the drawing and writes {@code prefix} and the page's number at the foot of every page; {@code pageTemplate}
     * is formatted with the page's number and the number of pages.
     */
    public void finish(String prefix, String pageTemplate) throws IOException {
        content.close();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = printable(prefix + "  " + pageTemplate.formatted(i + 1, pages));
                foot.beginText();
                foot.setFont(font, BODY - 1);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        y = PAGE.getHeight() - MARGIN;
        PDPageContentStream stream = new PDPageContentStream(document, page);
        stream.setLineWidth(LINE_WIDTH);
        return stream;
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** The image scaled to fit the box, keeping its proportions, its top at {@code top}. */
    private void drawImage(PDImageXObject image, float x, float top, float maxWidth, float maxHeight)
            throws IOException {
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, x, top - h, w, h);
    }

    /** The text in lines no wider than {@code maxWidth}, broken at line breaks and, CJK style, at any character. */
    public List<String> wrap(String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int cp : printable(paragraph).codePoints().toArray()) {
                String character = Character.toString(cp);
                float w = font.getStringWidth(character) / 1000 * BODY;
                if (lineWidth + w > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(character);
                lineWidth += w;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with control characters as spaces and characters the font cannot show as '?'. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(printable.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int cp) {
        try {
            font.encode(Character.toString(cp));
            return true;
        } catch (IllegalArgumentException | IOException ex) {
            return false;
        }
    }
}

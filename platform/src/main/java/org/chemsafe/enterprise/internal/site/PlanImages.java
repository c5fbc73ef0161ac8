package org.chemsafe.enterprise.internal.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Recognises a plan image by its first bytes (never by file name or declared type) and decodes it to check it is a
 * whole, sanely sized image. The size is read from the header first (ImageIO's reader stops after the PNG IHDR chunk
 * or the JPEG frame header), so a small file claiming a huge image (a compressed 20000 × 20000 PNG is 3 MB and would
 * take seconds of CPU to decode) is refused before any pixel is decoded; the pixels are then decoded subsampled, which
 * reads every byte of the stream but keeps at most about a million pixels in memory.
 */
final class PlanImages {

    static final int MIN_SIDE_PX = 16;
    private static final long DECODED_PIXEL_BUDGET = 1_000_000;

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG_SIGNATURE = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

    enum Format {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpeg");

        private final String contentType;
        private final String imageIoName;

        Format(String contentType, String imageIoName) {
            this.contentType = contentType;
            this.imageIoName = imageIoName;
        }

        String contentType() {
            return contentType;
        }
    }

    /** A decoded plan: its format and size in pixels. */
    record PlanImage(Format format, int widthPx, int heightPx) {
    }

    enum Problem {
        UNSUPPORTED_TYPE, UNDECODABLE, TOO_SMALL, TOO_LARGE, TOO_MANY_PIXELS
    }

    /**
     * The largest plan accepted.
     *
     * @param maxSidePx the widest and highest plan, in pixels
     * @param maxPixels the most pixels in all (width × height)
     */
    record Limits(int maxSidePx, long maxPixels) {
    }

    static final class InvalidImage extends RuntimeException {

        private final Problem problem;

        InvalidImage(Problem problem, @Nullable Throwable cause) {
            super(problem.name(), cause);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private PlanImages() {
    }

    /** PNG or JPEG by the magic bytes, or null. */
    static @Nullable Format sniff(byte[] content) {
        if (startsWith(content, PNG_SIGNATURE)) {
            return Format.PNG;
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return Format.JPEG;
        }
        return null;
    }

    /**
     * Checks the content is a PNG or JPEG image of at least {@value #MIN_SIDE_PX} pixels a side and within the limits
     * that decodes completely.
     */
    static PlanImage decode(byte[] content, Limits limits) {
        Format format = sniff(content);
        if (format == null) {
            throw new InvalidImage(Problem.UNSUPPORTED_TYPE, null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > limits.maxSidePx() || height > limits.maxSidePx()) {
                throw new InvalidImage(Problem.TOO_LARGE, null);
            }
            if ((long) width * height > limits.maxPixels()) {
                throw new InvalidImage(Problem.TOO_MANY_PIXELS, null);
            }
            if (width < MIN_SIDE_PX || height < MIN_SIDE_PX) {
                throw new InvalidImage(Problem.TOO_SMALL, null);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            param.setSourceSubsampling(step, step, 0, 0);
            if (reader.read(0, param) == null) {
                throw new InvalidImage(Problem.UNDECODABLE, null);
            }
            return new PlanImage(format, width, height);
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof InvalidImage invalid) {
                throw invalid;
            }
            // ImageIO reports broken streams as IIOException, and some as runtime exceptions from the codec.
            throw new InvalidImage(Problem.UNDECODABLE, ex);
        } finally {
            reader.dispose();
        }
    }

    /** The smallest step that keeps the decoded raster within the pixel budget. */
    static int subsampling(int width, int height) {
        long pixels = (long) width * height;
        int step = 1;
        while (pixels / ((long) step * step) > DECODED_PIXEL_BUDGET) {
            step++;
        }
        return step;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

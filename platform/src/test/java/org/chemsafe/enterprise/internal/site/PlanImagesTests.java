package org.chemsafe.enterprise.internal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.chemsafe.enterprise.internal.site.PlanImages.Format;
import org.chemsafe.enterprise.internal.site.PlanImages.InvalidImage;
import org.chemsafe.enterprise.internal.site.PlanImages.Problem;
import org.chemsafe.support.HugeImages;
import org.junit.jupiter.api.Test;

class PlanImagesTests {

    private static final PlanImages.Limits LIMITS = new PlanImages.Limits(20_000, 100_000_000);

    @Test
    void recognisesPngAndJpegByContent() {
        PlanImages.PlanImage png = PlanImages.decode(image("png", 300, 200), LIMITS);
        assertThat(png).isEqualTo(new PlanImages.PlanImage(Format.PNG, 300, 200));
        PlanImages.PlanImage jpeg = PlanImages.decode(image("jpg", 64, 48), LIMITS);
        assertThat(jpeg).isEqualTo(new PlanImages.PlanImage(Format.JPEG, 64, 48));
        assertThat(Format.JPEG.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesOtherFormatsAndBrokenImages() {
        assertProblem(image("gif", 100, 100), Problem.UNSUPPORTED_TYPE);
        assertProblem(image("bmp", 100, 100), Problem.UNSUPPORTED_TYPE);
        assertProblem("not an image at all".getBytes(StandardCharsets.UTF_8), Problem.UNSUPPORTED_TYPE);
        assertProblem(new byte[0], Problem.UNSUPPORTED_TYPE);

        byte[] png = image("png", 300, 200);
        byte[] brokenHeader = png.clone();
        Arrays.fill(brokenHeader, 12, 24, (byte) 0x7f); // IHDR chunk type, width and height
        assertProblem(brokenHeader, Problem.UNDECODABLE);
        assertProblem(Arrays.copyOf(png, 40), Problem.UNDECODABLE); // header only, no image data
        assertProblem(Arrays.copyOf(png, 8), Problem.UNDECODABLE); // the signature alone
    }

    @Test
    void refusesAbsurdSizesBeforeDecoding() {
        assertProblem(image("png", 10, 300), Problem.TOO_SMALL);
        assertThatThrownBy(() -> PlanImages.decode(image("png", 300, 200), new PlanImages.Limits(250, 100_000_000)))
                .isInstanceOfSatisfying(InvalidImage.class,
                        ex -> assertThat(ex.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderInMilliseconds() {
        byte[] huge = HugeImages.png(20_000, 20_000);
        assertThat(huge.length).as("small on the wire").isLessThan(200_000);
        long start = System.nanoTime();
        assertProblem(huge, Problem.TOO_MANY_PIXELS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not decoded").isLessThan(Duration.ofMillis(500));
        assertThat(PlanImages.decode(HugeImages.png(2_000, 1_000), LIMITS))
                .isEqualTo(new PlanImages.PlanImage(Format.PNG, 2_000, 1_000));
    }

    @Test
    void decodesLargePlansSubsampled() {
        assertThat(PlanImages.subsampling(1000, 1000)).isEqualTo(1);
        assertThat(PlanImages.subsampling(20_000, 20_000)).isEqualTo(20);
        assertThat((20_000L / PlanImages.subsampling(20_000, 10_000)) * (10_000L / PlanImages.subsampling(20_000, 10_000)))
                .isLessThanOrEqualTo(1_000_000);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.drawLine(0, 0, width - 1, height - 1);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static void assertProblem(byte[] content, Problem problem) {
        assertThatThrownBy(() -> PlanImages.decode(content, LIMITS))
                .isInstanceOfSatisfying(InvalidImage.class, ex -> assertThat(ex.problem()).isEqualTo(problem));
    }
}

package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.chemsafe.support.ApiClient.Response;

/** Small real images and their upload as dual-prevention photos. */
public final class TestPhotos {

    public static final String PATH = "/api/v1/dual-prevention/photos";
    public static final byte[] PNG = image("png");
    public static final byte[] JPEG = image("jpeg");

    private TestPhotos() {
    }

    /** Uploads a PNG for the client's own enterprise and answers the photo's id. */
    public static String uploaded(ApiClient client) {
        Response response = client.postFile(PATH, "file", "photo.png", PNG, "image/png");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

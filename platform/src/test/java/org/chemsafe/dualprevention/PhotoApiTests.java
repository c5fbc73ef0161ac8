package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Photos over real HTTP: JPEG and PNG recognised by their first bytes whatever the declared type, anything else
 * refused, the size limit (5 MB by default), the enterprise a platform user names, and scope isolation.
 */
@PlatformTest
class PhotoApiTests {

    static final String PATH = TestPhotos.PATH;

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    UUID enterprise;
    ApiClient operator;

    @BeforeEach
    void enterpriseOfItsOwn() {
        enterprise = TestEnterprises.register(directory, registry, "照片测试");
        operator = user("ph-op-", "OPERATOR", enterprise);
    }

    @Test
    void aPhotoIsStoredForTheCallersEnterpriseAndServedAsItWasSent() throws Exception {
        Response uploaded = operator.postFile(PATH, "file", "现场.png", TestPhotos.PNG, "image/png");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String id = uploaded.json().path("id").asString();
        assertThat(uploaded.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(uploaded.json().path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(uploaded.json().path("contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.json().path("sizeBytes").asInt()).isEqualTo(TestPhotos.PNG.length);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TestPhotos.PNG));
        assertThat(uploaded.json().path("sha256").asString()).isEqualTo(sha256);

        HttpResponse<byte[]> served = operator.getBytes(PATH + "/" + id);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(TestPhotos.PNG);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
    }

    @Test
    void theTypeComesFromTheBytesNotFromTheDeclaredType() {
        Response jpeg = operator.postFile(PATH, "file", "photo.png", TestPhotos.JPEG, "image/png");
        assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
        assertThat(jpeg.json().path("contentType").asString()).isEqualTo("image/jpeg");

        Response text = operator.postFile(PATH, "file", "photo.jpg", "不是图片".getBytes(), "image/jpeg");
        assertThat(text.status()).as(text.body()).isEqualTo(415);
        assertThat(text.problemType()).isEqualTo("unsupported-media-type");
        // a bare signature is not an image either
        Response signature = operator.postFile(PATH, "file", "photo.jpg", new byte[] { (byte) 0xff, (byte) 0xd8,
                (byte) 0xff }, "image/jpeg");
        assertThat(signature.status()).as(signature.body()).isEqualTo(415);
    }

    @Test
    void badUploadsAreProblemsNotFailures() {
        Response empty = operator.postFile(PATH, "file", "photo.png", new byte[0], "image/png");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("file");

        byte[] limit = new byte[5 * 1024 * 1024];
        System.arraycopy(TestPhotos.PNG, 0, limit, 0, TestPhotos.PNG.length);
        assertThat(operator.postFile(PATH, "file", "photo.png", limit, "image/png").status()).isEqualTo(201);
        byte[] over = new byte[limit.length + 1];
        System.arraycopy(TestPhotos.PNG, 0, over, 0, TestPhotos.PNG.length);
        Response tooLarge = operator.postFile(PATH, "file", "photo.png", over, "image/png");
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.problemType()).isEqualTo("payload-too-large");

        Response wrongPart = operator.postFile(PATH, "image", "photo.png", TestPhotos.PNG, "image/png");
        assertThat(wrongPart.status()).as(wrongPart.body()).isEqualTo(400);
        assertThat(operator.get(PATH + "/not-a-uuid").status()).isEqualTo(400);
        assertThat(operator.get(PATH + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aPhotoSentAgainUnderItsClientIdIsStoredOnceWithTheTimeItWasTaken() {
        UUID clientId = UUID.randomUUID();
        String taken = "2026-01-05T01:02:03Z";
        String path = PATH + "?clientId=" + clientId + "&takenAt=" + taken;
        Response first = operator.postFile(path, "file", "离线.png", TestPhotos.PNG, "image/png");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("clientId").asString()).isEqualTo(clientId.toString());
        assertThat(first.json().path("takenAt").asString()).isEqualTo(taken);
        // the answer was lost and the phone sends it again, even with other bytes: the first photo, nothing stored
        Response again = operator.postFile(path, "file", "离线.jpg", TestPhotos.JPEG, "image/jpeg");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(again.json().path("contentType").asString()).isEqualTo("image/png");
        // another enterprise's phone may use the same client id for its own photo
        UUID other = TestEnterprises.register(directory, registry, "照片同号");
        Response elsewhere = user("ph-y-", "OPERATOR", other).postFile(path, "file", "p.png", TestPhotos.PNG,
                "image/png");
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
        assertThat(elsewhere.json().path("id").asString()).isNotEqualTo(first.json().path("id").asString());

        Response future = operator.postFile(PATH + "?clientId=" + UUID.randomUUID() + "&takenAt=2999-01-01T00:00:00Z",
                "file", "p.png", TestPhotos.PNG, "image/png");
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("takenAt");
        assertThat(operator.postFile(PATH + "?clientId=nope", "file", "p.png", TestPhotos.PNG, "image/png").status())
                .isEqualTo(400);
    }

    @Test
    void aPlatformUserNamesTheEnterpriseAndOthersSeeNothing() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        assertThat(platform.postFile(PATH, "file", "p.png", TestPhotos.PNG, "image/png").status()).isEqualTo(422);
        Response named = platform.postFile(PATH + "?enterpriseId=" + enterprise, "file", "p.png", TestPhotos.PNG,
                "image/png");
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(named.json().path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        String id = named.json().path("id").asString();
        assertThat(operator.getBytes(PATH + "/" + id).statusCode()).isEqualTo(200);

        UUID other = TestEnterprises.register(directory, registry, "照片他企");
        ApiClient stranger = user("ph-x-", "SAFETY_MANAGER", other);
        assertThat(stranger.getBytes(PATH + "/" + id).statusCode()).isEqualTo(404);
        // an enterprise user cannot upload into another enterprise
        assertThat(stranger.postFile(PATH + "?enterpriseId=" + enterprise, "file", "p.png", TestPhotos.PNG,
                "image/png").status()).isEqualTo(403);
        // nor attach another enterprise's photo to its hidden danger
        Response linked = stranger.post("/api/v1/hidden-dangers", java.util.Map.of("dangerName", "借用照片",
                "dangerSrc", 1, "hazardDangerType", 1, "dangerDesc", "现场", "dangerImg", java.util.List.of(id)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(400);
        assertThat(linked.json().path("errors").get(0).path("field").asString()).isEqualTo("dangerImg[0]");
    }

    private ApiClient user(String prefix, String role, UUID enterpriseId) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser(username, "用户" + username, null, ApiClient.DEMO_PASSWORD, Set.of(role),
                DataScope.enterprise(enterpriseId)));
        return ApiClient.loggedIn(port, username);
    }
}

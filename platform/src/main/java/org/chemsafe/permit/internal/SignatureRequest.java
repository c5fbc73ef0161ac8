package org.chemsafe.permit.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A signature given on site (4.11): the step of the type's chain, the signer's password again, the handwritten
 * signature as a PNG data URL, and where it was given.
 *
 * @param opinion what the signer writes (意见), optional
 */
record SignatureRequest(
        @NotNull SignatureStep step,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Size(max = 140_000) @Pattern(regexp = "data:image/png;base64,[A-Za-z0-9+/=]+") String signatureImage,
        @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Nullable @Size(max = 200) String opinion) {
}

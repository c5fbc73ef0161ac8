package org.chemsafe.enterprise.internal;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseStatus;
import org.chemsafe.enterprise.StandardizationLevel;
import org.chemsafe.enterprise.UnifiedSocialCreditCode;
import org.chemsafe.shared.PhoneNumber;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise profile to register or save. The location is WGS84 and must lie within China's extent
 * (73°E–136°E, 3°N–54°N); both coordinates or neither.
 */
record EnterpriseProfileRequest(
        @NotBlank @Size(max = 128) @SingleLine String name,
        @Nullable @Size(min = 18, max = 18) String unifiedSocialCreditCode,
        @Nullable @Pattern(regexp = "[0-9]{9}", message = "{enterprise.hazchem-code.pattern}") String hazchemRegistrationCode,
        @NotEmpty @Size(max = 4) Set<@NotNull EnterpriseKind> kinds,
        @NotBlank @Size(max = 12) String regionCode,
        @Nullable @Size(max = 256) @SingleLine String address,
        @Nullable @DecimalMin("73") @DecimalMax("136") BigDecimal longitude,
        @Nullable @DecimalMin("3") @DecimalMax("54") BigDecimal latitude,
        @Nullable @Size(max = 32) @SingleLine String principalName,
        @Nullable @PhoneNumber String principalPhone,
        @Nullable @Size(max = 32) @SingleLine String safetyDirectorName,
        @Nullable @PhoneNumber String safetyDirectorPhone,
        @Nullable StandardizationLevel standardizationLevel,
        @Nullable EnterpriseStatus status) {

    /** GB 32100-2015 check character. */
    @AssertTrue(message = "{enterprise.uscc.invalid}")
    boolean isUnifiedSocialCreditCodeValid() {
        return unifiedSocialCreditCode == null || unifiedSocialCreditCode.length() != 18
                || UnifiedSocialCreditCode.isValid(unifiedSocialCreditCode);
    }

    @AssertTrue(message = "{enterprise.location.both}")
    boolean isLocationComplete() {
        return (longitude == null) == (latitude == null);
    }
}

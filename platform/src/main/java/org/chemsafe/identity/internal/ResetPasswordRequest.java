package org.chemsafe.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResetPasswordRequest(@NotBlank @Size(max = 128) String newPassword) {
}

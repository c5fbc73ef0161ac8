package org.chemsafe.majorhazard.internal.source;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.PhoneNumber;
import org.chemsafe.shared.SingleLine;

/** The three accountable people of a source, one per role, each a user of the source's enterprise. */
record AccountablePeopleRequest(@NotNull @Size(min = 3, max = 3) List<@NotNull @Valid Person> people) {

    record Person(@NotNull AccountableRole role, @NotNull UUID userId, @NotBlank @Size(max = 64) @SingleLine String post,
            @NotBlank @PhoneNumber String phone) {
    }
}

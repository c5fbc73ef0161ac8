package org.chemsafe.permit.internal;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.permit.PermitPermissions;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.web.Downloads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The electronic permit printed: the form as PDF, with a QR code of its page in the web app. */
@RestController
@Tag(name = "Special-work permits")
class PermitPdfController {

    private final WorkPermits permits;
    private final PermitPdf pdf;
    private final EnterpriseDirectory enterprises;
    private final String publicUrl;

    PermitPdfController(WorkPermits permits, PermitPdf pdf, EnterpriseDirectory enterprises,
            @Value("${chemsafe.public-url:}") String publicUrl) {
        this.permits = permits;
        this.pdf = pdf;
        this.enterprises = enterprises;
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    @GetMapping("/api/v1/permits/{id}/pdf")
    @PreAuthorize("hasAuthority('" + PermitPermissions.PERMIT_READ + "')")
    @Operation(summary = "The electronic permit as PDF, laid out like its Appendix A form", description = """
            In Chinese, the font (WenQuanYi Micro Hei) embedded as a subset: every signature block of the chain with \
            the handwritten signature, the gas analyses, the steps, the SM3 chain head and the tamper check at print \
            time, and a QR code opening <chemsafe.public-url or this server>/permits/{id}. Named <number>.pdf. A 503 \
            names the Debian package to install when the font is missing.""")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) throws IOException {
        Actor actor = CurrentActor.get();
        PermitView permit = permits.get(actor, id);
        ChainVerification verification = permits.verify(actor, id);
        String enterprise = enterprises.namesOf(Set.of(permit.enterpriseId())).get(permit.enterpriseId());
        byte[] document = pdf.render(permit, verification, enterprise, base() + "/permits/" + id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(permit.number() + ".pdf",
                        permit.number() + ".pdf"))
                .body(document);
    }

    /** Where the web app is: the configured public address, or this request's. */
    private String base() {
        return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publicUrl;
    }
}

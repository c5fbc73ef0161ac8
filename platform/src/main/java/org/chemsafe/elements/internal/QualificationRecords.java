package org.chemsafe.elements.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chemsafe.elements.QualificationKind;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The people's certificates and training records: recorded by managers for a person of their enterprise, each with
 * an optional scanned copy (PDF, JPEG or PNG, at most {@link #MAX_SCAN_BYTES}); listed by state so the expiring ones
 * can be renewed in time.
 */
@Service
@Transactional
class QualificationRecords {

    static final String RESOURCE = "qualification";
    static final int MAX_SCAN_BYTES = 5 * 1024 * 1024;

    private final QualificationRepository qualifications;
    private final QualificationViews views;
    private final People people;
    private final Problems problems;
    private final Clock clock;

    QualificationRecords(QualificationRepository qualifications, QualificationViews views, People people,
            Problems problems, Clock clock) {
        this.qualifications = qualifications;
        this.views = views;
        this.people = people;
        this.problems = problems;
        this.clock = clock;
    }

    /** What a list or the workbook asks for. */
    record Query(@Nullable UUID enterpriseId, @Nullable UUID personId, @Nullable QualificationKind kind,
            QualificationKind.@Nullable Category category, QualificationView.@Nullable State state,
            @Nullable String q) {
    }

    @Transactional(readOnly = true)
    PageResult<QualificationView> list(Actor actor, Query query, PageQuery page) {
        return qualifications.list(actor.scope(), filter(query), page).map(views::of);
    }

    @Transactional(readOnly = true)
    List<QualificationView> all(Actor actor, Query query) {
        return qualifications.all(actor.scope(), filter(query)).stream().map(views::of).toList();
    }

    @Transactional(readOnly = true)
    QualificationView get(Actor actor, UUID id) {
        return views.of(visible(actor, id));
    }

    QualificationView create(Actor actor, QualificationRequest request) {
        return save(actor, UUID.randomUUID(), request);
    }

    QualificationView change(Actor actor, UUID id, QualificationRequest request) {
        visible(actor, id);
        return save(actor, id, request);
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        qualifications.delete(id);
    }

    QualificationView storeScan(Actor actor, UUID id, MultipartFile file) {
        visible(actor, id);
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (content.length == 0) {
            throw problems.invalid("file", "elements.scan.empty");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "elements.scan.too-large",
                    MAX_SCAN_BYTES / 1024 / 1024);
        }
        String type = ScanType.of(content).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "elements.scan.unsupported-type"));
        qualifications.storeScan(id, content, type);
        return views.of(visible(actor, id));
    }

    @Transactional(readOnly = true)
    Scan scan(Actor actor, UUID id) {
        Qualification qualification = visible(actor, id).qualification();
        byte[] content = qualifications.scan(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("qualification-scan", id));
        return new Scan(content, qualification.scanType() == null ? "application/octet-stream"
                : qualification.scanType());
    }

    /** A kept scan and its content type. */
    record Scan(byte[] content, String contentType) {
    }

    private QualificationView save(Actor actor, UUID id, QualificationRequest request) {
        Person person = people.visibleOrInvalid(actor, request.personId());
        if (request.issuedOn() != null && request.issuedOn().isAfter(request.validUntil())) {
            throw problems.invalid("validUntil", "elements.qualification.valid-before-issued");
        }
        qualifications.upsert(new Qualification(id, person.enterpriseId(), person.id(), request.kind(),
                request.number().strip(), stripped(request.issuer()), request.issuedOn(), request.validUntil(), null,
                clock.instant()));
        return views.of(visible(actor, id));
    }

    private QualificationRepository.Row visible(Actor actor, UUID id) {
        QualificationRepository.Row row = qualifications.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        AuditTarget.concerns(row.qualification().enterpriseId());
        return row;
    }

    private QualificationRepository.Filter filter(Query query) {
        LocalDate today = views.today();
        LocalDate from = null;
        LocalDate to = null;
        if (query.state() == QualificationView.State.EXPIRED) {
            to = today.minusDays(1);
        } else if (query.state() == QualificationView.State.EXPIRING) {
            from = today;
            to = today.plusDays(QualificationViews.WARNING_DAYS);
        } else if (query.state() == QualificationView.State.VALID) {
            from = today.plusDays(QualificationViews.WARNING_DAYS + 1L);
        }
        return new QualificationRepository.Filter(query.enterpriseId(), query.personId(), query.kind(),
                query.category(), query.q(), from, to);
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

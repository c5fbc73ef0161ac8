-- Sites and areas, second step: what the plan endpoints and point look-ups need beyond V1_4_0.

-- The plan's fingerprint (SHA-256 of the image bytes) is its version: the ETag of GET /sites/{id}/plan and the
-- cache-busting parameter the web adds, so a conditional request never has to read the image itself.
alter table site
    add column plan_sha256      char(64) check (plan_sha256 ~ '^[0-9a-f]{64}$'),
    add column plan_bytes       int check (plan_bytes > 0),
    add column plan_uploaded_at timestamp with time zone,
    add constraint site_plan_complete check (
        (plan_image is null and plan_content_type is null and plan_width_px is null and plan_height_px is null
            and plan_sha256 is null and plan_bytes is null and plan_uploaded_at is null)
        or (plan_image is not null and plan_content_type is not null and plan_width_px is not null
            and plan_height_px is not null and plan_sha256 is not null and plan_bytes is not null
            and plan_uploaded_at is not null)),
    add constraint site_calibration_needs_plan check (calibration is null or plan_image is not null);

-- Polygons may span up to 200 km × 200 km (coordinates within ±100 000 m): 4·10¹⁰ m² needs 11 integer digits.
alter table area alter column area_m2 type numeric(14, 2);

-- The polygon's bounding box, so that "which areas contain this point" filters in SQL before the exact test.
alter table area
    add column min_x double precision,
    add column min_y double precision,
    add column max_x double precision,
    add column max_y double precision,
    add constraint area_bbox_complete check (
        (min_x is null and min_y is null and max_x is null and max_y is null)
        or (min_x <= max_x and min_y <= max_y));
-- (unique (site_id, name) already indexes area by site)

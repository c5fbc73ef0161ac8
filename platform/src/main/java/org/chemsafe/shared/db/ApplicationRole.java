package org.chemsafe.shared.db;

import java.security.SecureRandom;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The role the platform connects to its embedded PostgreSQL as: {@code chemsafe_app}, not a superuser (superusers
 * and roles with BYPASSRLS ignore row-level security), with data privileges only (select, insert, update, delete)
 * on the tables the owner ({@code postgres}, who runs the migrations) creates now and later.
 */
final class ApplicationRole {

    static final String NAME = "chemsafe_app";

    private ApplicationRole() {
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Creates or corrects the role through the owner's connection; answers the password it now has. */
    static String ensure(DataSource owner) {
        String password = HexFormat.of().formatHex(randomBytes());
        JdbcClient jdbc = JdbcClient.create(owner);
        jdbc.sql("""
                do $$ begin
                    if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login;
                    end if;
                end $$""".formatted(NAME)).update();
        jdbc.sql("alter role %s login nosuperuser nocreatedb nocreaterole nobypassrls password '%s'"
                .formatted(NAME, password)).update();
        jdbc.sql("grant usage on schema public to " + NAME).update();
        jdbc.sql("grant select, insert, update, delete on all tables in schema public to " + NAME).update();
        jdbc.sql("grant usage, select, update on all sequences in schema public to " + NAME).update();
        jdbc.sql("alter default privileges for role postgres in schema public"
                + " grant select, insert, update, delete on tables to " + NAME).update();
        jdbc.sql("alter default privileges for role postgres in schema public"
                + " grant usage, select, update on sequences to " + NAME).update();
        return password;
    }
}

package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DataScopeTests {

    @Test
    void aScopeNamesExactlyWhatItsKindNeeds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DataScope(ScopeKind.PLATFORM, "370000", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DataScope(ScopeKind.REGION, null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DataScope(ScopeKind.REGION, "370406", UUID.randomUUID()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DataScope(ScopeKind.ENTERPRISE, null, null));
        assertThat(DataScope.region("370406").kind()).isEqualTo(ScopeKind.REGION);
    }

    @Test
    void anEnterpriseFilterPermitsOnlyItsIds() {
        UUID mine = UUID.randomUUID();
        EnterpriseFilter only = EnterpriseFilter.only(Set.of(mine));
        assertThat(only.permits(mine)).isTrue();
        assertThat(only.permits(UUID.randomUUID())).isFalse();
        assertThat(only.sql("e.id")).isEqualTo("e.id = any(:scopeEnterpriseIds)");
        assertThat(EnterpriseFilter.all().sql("e.id")).isEqualTo("true");
        assertThat(EnterpriseFilter.only(Set.of()).permits(mine)).isFalse();
    }

    @Test
    void searchTextIsEscapedForLike() {
        assertThat(SqlText.containsPattern("  ")).isNull();
        assertThat(SqlText.containsPattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }
}

package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    JdbcStore open(String name) {
        return JdbcStore.sqlite(dir.resolve("data").resolve(name + ".db"));
    }

    @Test
    void anUnknownKindOfDatabaseIsNamed() {
        assertThatThrownBy(() -> JdbcStore.open("jdbc:mysql://x/y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://x/y");
    }
}

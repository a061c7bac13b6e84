-- Facts about the database itself; "identity" (set on first open) ties a search index to the database it indexes.
CREATE TABLE meta (
    name VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL
);

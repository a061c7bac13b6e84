-- One schema for SQLite and PostgreSQL: only types and statements both read the same way.
CREATE TABLE articles (
    id VARCHAR(1000) PRIMARY KEY,
    seq BIGINT NOT NULL,
    story BIGINT NOT NULL,
    source VARCHAR(1000) NOT NULL,
    url VARCHAR(4000),
    title TEXT,
    published VARCHAR(40),
    content_hash VARCHAR(64) NOT NULL,
    duplicate_of VARCHAR(1000),
    received BIGINT NOT NULL,
    input TEXT NOT NULL,
    analysis TEXT NOT NULL,
    profile TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_seq ON articles (seq);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_url ON articles (url, content_hash);

CREATE TABLE stories (
    id BIGINT PRIMARY KEY,
    headline TEXT,
    articles INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    corroborated INTEGER NOT NULL,
    created BIGINT NOT NULL,
    updated BIGINT NOT NULL,
    brief_version INTEGER NOT NULL
);
CREATE INDEX stories_updated ON stories (updated);

CREATE TABLE briefs (
    story BIGINT NOT NULL,
    version INTEGER NOT NULL,
    created BIGINT NOT NULL,
    articles INTEGER NOT NULL,
    json TEXT NOT NULL,
    html TEXT NOT NULL,
    PRIMARY KEY (story, version)
);

CREATE TABLE ingest_log (
    received BIGINT NOT NULL,
    origin VARCHAR(1000) NOT NULL,
    article VARCHAR(1000),
    outcome VARCHAR(20) NOT NULL,
    reason TEXT
);
CREATE INDEX ingest_log_received ON ingest_log (received);

CREATE TABLE feeds (
    id BIGINT PRIMARY KEY,
    url VARCHAR(4000) NOT NULL,
    every_seconds BIGINT NOT NULL,
    etag VARCHAR(1000),
    last_modified VARCHAR(100),
    created BIGINT NOT NULL,
    last_polled BIGINT NOT NULL,
    last_status TEXT,
    articles BIGINT NOT NULL
);
CREATE UNIQUE INDEX feeds_url ON feeds (url);

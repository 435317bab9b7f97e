-- Conversations, their turns and feedback (dev.cited.history). Times are epoch milliseconds.
CREATE TABLE conversation (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX conversation_by_owner ON conversation (owner, updated_at DESC);

CREATE TABLE turn (
    seq BIGSERIAL PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversation (id),
    n INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL,
    model TEXT NOT NULL,
    outcome TEXT NOT NULL,
    cited TEXT NOT NULL,
    numbers TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    total_ms DOUBLE PRECISION NOT NULL,
    search TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', question || ' ' || answer)) STORED,
    UNIQUE (conversation_id, n)
);
CREATE INDEX turn_search ON turn USING GIN (search);

CREATE TABLE feedback (
    conversation_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, n),
    FOREIGN KEY (conversation_id, n) REFERENCES turn (conversation_id, n)
);
CREATE INDEX feedback_by_time ON feedback (created_at);

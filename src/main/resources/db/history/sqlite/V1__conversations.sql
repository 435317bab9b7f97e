-- Conversations, their turns and feedback (dev.cited.history). Times are epoch milliseconds.
CREATE TABLE conversation (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX conversation_by_owner ON conversation (owner, updated_at DESC);

CREATE TABLE turn (
    seq INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversation (id),
    n INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    answer TEXT NOT NULL,
    model TEXT NOT NULL,
    outcome TEXT NOT NULL,
    cited TEXT NOT NULL,
    numbers TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    total_ms REAL NOT NULL,
    UNIQUE (conversation_id, n)
);

CREATE TABLE feedback (
    conversation_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, n),
    FOREIGN KEY (conversation_id, n) REFERENCES turn (conversation_id, n)
);
CREATE INDEX feedback_by_time ON feedback (created_at);

CREATE VIRTUAL TABLE turn_fts USING fts5 (
    question, answer, content = 'turn', content_rowid = 'seq', tokenize = 'porter unicode61');

CREATE TRIGGER turn_fts_insert AFTER INSERT ON turn BEGIN
    INSERT INTO turn_fts (rowid, question, answer) VALUES (new.seq, new.question, new.answer);
END;

CREATE TRIGGER turn_fts_delete AFTER DELETE ON turn BEGIN
    INSERT INTO turn_fts (turn_fts, rowid, question, answer) VALUES ('delete', old.seq, old.question, old.answer);
END;

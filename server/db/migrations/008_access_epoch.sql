-- A counter moved whenever access may have been taken away: a session ended (logout, password
-- change, expiry swept, user deleted) or a membership changed or ended, or a document's status
-- changed, by this process or by another one sharing the database (`npm run user -- passwd`).
-- The server's periodic access check reads this one row and checks its open sockets and event
-- streams again only when it moved (server/http/accessSweep.ts).
CREATE TABLE access_epoch (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  n   INTEGER NOT NULL
);
INSERT INTO access_epoch (one, n) VALUES (1, 0);

CREATE TRIGGER access_epoch_session_ended AFTER DELETE ON sessions
BEGIN
  UPDATE access_epoch SET n = n + 1 WHERE one = 1;
END;

CREATE TRIGGER access_epoch_member_changed AFTER UPDATE ON members
BEGIN
  UPDATE access_epoch SET n = n + 1 WHERE one = 1;
END;

CREATE TRIGGER access_epoch_member_removed AFTER DELETE ON members
BEGIN
  UPDATE access_epoch SET n = n + 1 WHERE one = 1;
END;

CREATE TRIGGER access_epoch_document_status AFTER UPDATE OF status ON documents
BEGIN
  UPDATE access_epoch SET n = n + 1 WHERE one = 1;
END;

-- Clause attribution credits a person once per clause per run of updates (an attribution
-- window, or a part of it) rather than once per update: a window then costs the same however
-- fast people type, and may grow long under load. `seq` and `at` are the run's last update,
-- `first_at` its first (NULL in rows written per update before, where it equals `at`).
ALTER TABLE clause_changes ADD COLUMN first_at INTEGER;

-- Never read by a query (every one reads a clause's states by document and clause), and one
-- more page to write per changed clause and window.
DROP INDEX clause_states_seq;

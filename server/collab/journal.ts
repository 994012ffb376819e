import type { DB } from '../db/connection.ts';

/** Rows moved from the journal to the ordered log per transaction (a few milliseconds' work). */
const ROWS_PER_STEP = 1000;

interface MoveState {
  frozenId: number;
  movedUpto: string;
}

/**
 * Moves the update log's journal (`doc_journal`: appends in arrival order, no index) into its
 * ordered part (`doc_log`, by document and seq), one generation at a time:
 *
 * 1. freeze: the rows present now (ids up to `frozen_id`) form the generation; appends go on;
 * 2. move it document by document, in document order, about {@link ROWS_PER_STEP} rows per
 *    transaction, raising `moved_upto` in the same transaction: the view `doc_updates` hides
 *    frozen rows of documents up to it, so every update is read exactly once at every moment;
 * 3. delete the generation (a range of ids at the start of the journal) and thaw.
 *
 * Moving a whole document's rows at once writes each of its log pages once per generation;
 * moving by id ranges wrote one page per document per few rows (17 µs a row against 5). The
 * state is in `journal_move`, so a move cut short by a crash goes on where it stood.
 */
export class JournalMover {
  private readonly state;
  private readonly last;
  private readonly freeze;
  private readonly plan;
  private readonly copy;
  private readonly drop;
  private readonly thaw;
  /** Documents of the frozen generation not yet moved, in order, with their row counts. */
  private pending: { documentId: string; rows: number }[] | null = null;

  constructor(db: DB) {
    this.state = db.prepare('SELECT frozen_id AS frozenId, moved_upto AS movedUpto FROM journal_move');
    this.last = db.prepare('SELECT MAX(id) FROM doc_journal').pluck();
    this.freeze = db.prepare("UPDATE journal_move SET frozen_id = ?, moved_upto = ''");
    this.plan = db.prepare(
      `SELECT document_id AS documentId, COUNT(*) AS rows FROM doc_journal
        WHERE id <= ? AND document_id > ? GROUP BY document_id ORDER BY document_id`,
    );
    const copy = db.prepare(
      `INSERT INTO doc_log (document_id, seq, user_id, at, data)
       SELECT document_id, seq, user_id, at, data FROM doc_journal
        WHERE id <= ? AND document_id > ? AND document_id <= ? ORDER BY document_id, seq`,
    );
    const advance = db.prepare('UPDATE journal_move SET moved_upto = ?');
    this.copy = db.transaction((frozenId: number, from: string, upto: string) => {
      copy.run(frozenId, from, upto);
      advance.run(upto);
    });
    this.drop = db.prepare('DELETE FROM doc_journal WHERE id <= ?');
    this.thaw = db.prepare("UPDATE journal_move SET frozen_id = 0, moved_upto = ''");
  }

  /**
   * One step (one transaction) of the current generation, freezing one if none is in
   * progress. Returns false once the generation is moved and deleted (or the journal is empty).
   */
  step(): boolean {
    const { frozenId, movedUpto } = this.state.get() as MoveState;
    if (frozenId === 0) {
      const last = this.last.get() as number | null;
      if (last === null) return false;
      this.freeze.run(last);
      this.pending = null;
      return true;
    }
    this.pending ??= this.plan.all(frozenId, movedUpto) as { documentId: string; rows: number }[];
    if (this.pending.length === 0) {
      // Everything frozen is in the log and hidden here: drop it and thaw.
      this.drop.run(frozenId);
      this.thaw.run();
      this.pending = null;
      return false;
    }
    // Whole documents up to ROWS_PER_STEP rows, and always at least the first one.
    let rows = 0;
    let take = 0;
    let upto = '';
    for (const planned of this.pending) {
      if (take > 0 && rows + planned.rows > ROWS_PER_STEP) break;
      rows += planned.rows;
      take += 1;
      upto = planned.documentId;
    }
    this.copy(frozenId, movedUpto, upto);
    this.pending.splice(0, take);
    return true;
  }
}

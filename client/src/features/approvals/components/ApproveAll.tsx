import { useEffect, useState } from 'react';
import { clauseHash, clauseNodes, type PMJSON, textOf } from '../../../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../../../shared/meta.ts';
import { YDOC } from '../../../../../shared/protocol.ts';
import { NODE } from '../../../../../shared/schema/names.ts';
import { bodyParts, metaPart, PART, shortLabel } from '../../../../../shared/signedParts.ts';
import { pendingByClause } from '../../../../../shared/suggestions/index.ts';
import { BusyLabel } from '../../../app/BusyLabel.tsx';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { PartyStates } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { approveClause, approvePart } from '../api.ts';
import { useApproveAllRequest } from '../approveAllRequest.ts';
import { useApprovalsT } from '../messages.ts';

interface Props {
  screen: EditorScreen;
  /** Each party's state on each Pasal, by clause id. */
  states: Map<string, PartyStates>;
  /** Each party's state on each part outside the Pasal, by part id. */
  partStates: Map<string, PartyStates>;
}

/** One item of the review list: what it is called, what it reads, and the hash approved. */
interface ReviewItem {
  id: string;
  title: string;
  /** The text as shown; empty for parts read from records (the parties, the annex). */
  text: string;
  /** My party approved an earlier text of it. */
  changed: boolean;
  hash: string;
}

/** The text of a node, one line per paragraph, without the Pasal's heading (shown as the title). */
function readable(node: PMJSON): string {
  if (node.type === NODE.clauseHeading) return '';
  if ((node.content ?? []).some((c) => c.type === 'text')) return textOf(node);
  return (node.content ?? []).map(readable).filter(Boolean).join('\n');
}

/** The text a part reads from the body, for the parts the browser holds. */
function partText(body: PMJSON, partId: string): string {
  const type = partId === PART.opening ? NODE.preamble : partId === PART.closing ? NODE.closing : null;
  if (!type) return '';
  return (body.content ?? [])
    .filter((n) => n.type === type)
    .map(readable)
    .join('\n');
}

/** At most this many characters of an item's text in the review list. */
const PREVIEW_CHARS = 280;
const preview = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text);

/**
 * "Setujui semua yang belum disetujui": every Pasal and part my party has not approved at its
 * text now, listed for review (its text, or that it changed since my party approved it), then
 * approved one by one through the same calls as the single buttons, each at the hash of the
 * text that was reviewed: if someone changes an item meanwhile, the server refuses that one
 * (409 `approval.stale_hash`) and the rest still go through.
 */
export function ApproveAll({ screen, states, partStates }: Props) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  const { editor, session, document, cooperation, outline, permissions } = screen;
  const [review, setReview] = useState<ReviewItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const party = cooperation.parties.find((p) => p.id === cooperation.myPartyId);
  const myState = (of: Map<string, PartyStates>, id: string) =>
    of.get(id)?.find((s) => s.party.id === cooperation.myPartyId)?.state ?? 'none';
  const pendingClauses = outline.clauses.filter((c) => myState(states, c.id) !== 'approved');
  const pendingParts = (document.parts ?? []).filter((p) => myState(partStates, p.id) !== 'approved');
  const count = pendingClauses.length + pendingParts.length;
  const requested = useApproveAllRequest((s) => s.requested);
  // Ctrl+Alt+Shift+A (ApprovalShortcuts) asks for the review list from anywhere in the editor.
  // biome-ignore lint/correctness/useExhaustiveDependencies: answers the request once, with the list as it is then.
  useEffect(() => {
    if (!requested) return;
    useApproveAllRequest.getState().setRequested(false);
    if (!party || !permissions.canApprove || document.status !== 'draft') return;
    if (count === 0) showToast(t('shortcutNothingLeft', { party: party.shortName }));
    else open();
  }, [requested]);
  if (document.status !== 'draft' || !party || !permissions.canApprove || count === 0) return null;

  // The list is taken once, when it opens: what is approved is exactly what was shown.
  const open = () => {
    const body = editor.getJSON() as PMJSON;
    const nodes = clauseNodes(body);
    // The parts this browser reads itself are hashed from my copy now (the printed details
    // may have changed since the document was last read); the others are the server's.
    const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
    const meta = session.ydoc.getMap<string>(YDOC.meta).toJSON() as DocumentMeta;
    const ownHashes = new Map<string, string>(
      document.kind === 'notes'
        ? []
        : [...bodyParts(body), metaPart(document.kind, meta, parties)].map((p) => [p.id, p.hash]),
    );
    const items: ReviewItem[] = [];
    // A Pasal with suggestions still to decide cannot be approved (the server refuses it).
    const waiting = pendingByClause(body);
    for (const c of pendingClauses) {
      const node = nodes.get(c.id);
      if (!node || waiting.has(c.id)) continue;
      items.push({
        id: c.id,
        title: `${t('clauseTitle', { number: c.number })}${c.heading ? ` — ${c.heading}` : ''}`,
        text: readable(node),
        changed: myState(states, c.id) === 'stale',
        hash: clauseHash(node),
      });
    }
    for (const p of pendingParts) {
      items.push({
        id: p.id,
        title: shortLabel(p.label)[language],
        text: partText(body, p.id),
        changed: myState(partStates, p.id) === 'stale',
        hash: ownHashes.get(p.id) ?? p.hash,
      });
    }
    setError(null);
    setReview(items);
  };

  const confirm = async (items: ReviewItem[]) => {
    setBusy(true);
    setError(null);
    let approved = 0;
    let failure: ApiError | null = null;
    for (const item of items) {
      try {
        await (item.id.startsWith('part:')
          ? approvePart(document.id, item.id, item.hash)
          : approveClause(document.id, item.id, item.hash));
        approved++;
      } catch (e) {
        failure ??= e as ApiError;
      }
    }
    setBusy(false);
    screen.reloadDocument();
    if (approved > 0) showToast(t('approveAllDone', { count: approved, party: party.shortName }));
    if (failure) setError(failure);
    else setReview(null);
  };

  return (
    <>
      <button type="button" className="button primary approve-all" onClick={open}>
        {t('approveAll', { count })}
      </button>
      <Dialog
        title={t('approveAllTitle', { party: party.shortName })}
        open={review !== null}
        onClose={() => setReview(null)}
      >
        {review && (
          <div className="stack approve-all-review" data-testid="approve-all-review">
            <p>{t('approveAllIntro', { party: party.shortName, count: review.length })}</p>
            <ol className="approve-all-list">
              {review.map((item) => (
                <li key={item.id} data-item={item.id}>
                  <strong>{item.title}</strong>
                  {item.changed && (
                    <span className="muted small approve-all-changed">
                      {t('approveAllChanged', { party: party.shortName })}
                    </span>
                  )}
                  {item.text && <p className="small approve-all-text">{preview(item.text)}</p>}
                </li>
              ))}
            </ol>
            <ErrorNote error={error} />
            <div className="dialog-actions">
              <button type="button" className="button quiet" onClick={() => setReview(null)}>
                {t('cancel')}
              </button>
              <button
                type="button"
                className="button primary"
                disabled={busy || review.length === 0}
                aria-busy={busy || undefined}
                onClick={() => confirm(review)}
              >
                <BusyLabel busy={busy}>{t('approveAllConfirm', { count: review.length })}</BusyLabel>
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}

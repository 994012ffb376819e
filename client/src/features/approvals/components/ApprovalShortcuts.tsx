import { useEffect, useRef } from 'react';
import { clauseHash, clauseNodes, type PMJSON } from '../../../../../shared/clauses.ts';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { jumpToClause } from '../../../document/jumpToClause.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { clauseStates } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useOpenPanel } from '../../editor/useOpenPanel.ts';
import { useApproveAllRequest } from '../approveAllRequest.ts';
import { approveClauseNow, mayApproveHere } from '../approveNow.ts';
import { useApprovalsT } from '../messages.ts';
import { nextUnagreed } from '../nextUnagreed.ts';

/** Each party's state on every Pasal, from the text on my screen now (no debounce: a key was pressed). */
function statesNow(screen: EditorScreen) {
  const hashes = new Map<string, string>();
  for (const [id, node] of clauseNodes(screen.editor.getJSON() as PMJSON)) hashes.set(id, clauseHash(node));
  const parties = [...screen.cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  return clauseStates(
    screen.outline.clauses.map((c) => c.id),
    screen.document,
    parties,
    hashes,
  );
}

/**
 * The approval keys of the editor (listed in the Ctrl+/ sheet): Ctrl+Alt+A approves the Pasal
 * at the caret for my party, Ctrl+Alt+Shift+A opens "Setujui semua yang belum disetujui",
 * Ctrl+Alt+] and Ctrl+Alt+[ go to the next and previous Pasal not yet agreed by every party.
 * Alt+↑/↓ already move a Pasal, and Ctrl+Alt with a letter or bracket is free in Tiptap and
 * the browsers; keys are read by `code`, so the layout does not matter.
 */
export function ApprovalShortcuts({ screen }: { screen: EditorScreen }) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  const openPanel = useOpenPanel();
  const latest = useRef({ screen, t, language, openPanel });
  latest.current = { screen, t, language, openPanel };

  useEffect(() => {
    const approveHere = async () => {
      const { screen, t, language } = latest.current;
      const { cooperation, outline, currentClauseId } = screen;
      if (!mayApproveHere(screen)) return showToast(t('cannotApprove'), 'warn');
      const clause = outline.clauses.find((c) => c.id === currentClauseId);
      if (!clause) return showToast(t('shortcutNoClause'), 'warn');
      const mine = statesNow(screen)
        .get(clause.id)
        ?.find((s) => s.party.id === cooperation.myPartyId);
      if (!mine) return;
      const params = { number: clause.number, party: mine.party.shortName };
      if (mine.state === 'approved') return showToast(t('shortcutAlready', params));
      try {
        await approveClauseNow(screen, clause.id);
        showToast(t('shortcutApproved', params));
      } catch (e) {
        showToast((e as ApiError).text(language), 'warn');
      } finally {
        screen.reloadDocument();
      }
    };
    const goUnagreed = (direction: 1 | -1) => {
      const { screen, t } = latest.current;
      const states = statesNow(screen);
      const agreed = (id: string) => states.get(id)?.every((s) => s.state === 'approved') ?? false;
      const ids = screen.outline.clauses.map((c) => c.id);
      const target = nextUnagreed(ids, agreed, screen.currentClauseId, direction);
      if (target) jumpToClause(screen.editor, target);
      else showToast(t('shortcutAllAgreed'));
    };
    const onKey = (event: KeyboardEvent) => {
      if (!event.ctrlKey || !event.altKey || event.metaKey) return;
      if (event.code === 'KeyA') {
        event.preventDefault();
        if (!event.shiftKey) void approveHere();
        else {
          useApproveAllRequest.getState().setRequested(true);
          latest.current.openPanel('persetujuan');
        }
      } else if ((event.code === 'BracketRight' || event.code === 'BracketLeft') && !event.shiftKey) {
        event.preventDefault();
        goUnagreed(event.code === 'BracketRight' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}

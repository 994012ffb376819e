import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { useResource } from '../../../app/useResource.ts';
import { useT } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import { documentPath } from '../../cooperations/paths.ts';
import { createVariants, getBoard, getTier, listUnits, makeMaster } from '../api.ts';
import { useVariantsT } from '../messages.ts';
import { boardPath } from '../paths.ts';

type Created = Awaited<ReturnType<typeof createVariants>>;

/** The units to choose from, and those that have a variant of this master already. */
async function loadChoices(cooperationId: string, masterId: string) {
  const [units, tier] = await Promise.all([listUnits(cooperationId), getTier(masterId)]);
  const made =
    tier.tier === 'master'
      ? (await getBoard(masterId)).variants.flatMap((v) => (v.unit ? [v.unit.id] : []))
      : [];
  return { units, made: new Set(made), tier: tier.tier };
}

/**
 * "Buat PKS untuk OPD…": the cooperation's units by party, each with a checkbox (those with a
 * variant already shown, not to be chosen again), select all, and one action that makes a
 * variant of the master for each; then what was made, with links to each and to the board.
 * An ordinary PKS becomes the master first.
 */
export function CreateVariantsDialog({
  cooperation,
  masterId,
  open,
  onClose,
  onCreated,
}: {
  cooperation: Cooperation;
  masterId: string;
  open: boolean;
  onClose: () => void;
  onCreated?: (created: Created) => void;
}) {
  const t = useVariantsT();
  const tApp = useT();
  const choices = useResource(`variant-choices:${masterId}:${open}`, () =>
    open ? loadChoices(cooperation.id, masterId) : Promise.resolve(null),
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const data = choices.data;
  const free = useMemo(() => (data ? data.units.filter((u) => !data.made.has(u.id)) : []), [data]);
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  const unitParties = parties.filter((p) => data?.units.some((u) => u.partyId === p.id));

  const close = () => {
    setChosen(new Set());
    setCreated(null);
    setError(null);
    onClose();
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = async () => {
    if (!chosen.size) return;
    setBusy(true);
    setError(null);
    try {
      if (data?.tier !== 'master') await makeMaster(masterId);
      const made = await createVariants(
        masterId,
        free.filter((u) => chosen.has(u.id)).map((u) => u.id),
      );
      setCreated(made);
      setChosen(new Set());
      choices.reload();
      onCreated?.(made);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const allChosen = free.length > 0 && free.every((u) => chosen.has(u.id));

  return (
    <Dialog title={t('create.title')} open={open} onClose={close}>
      <div className="stack" data-testid="create-variants">
        <p className="muted">{t('create.hint')}</p>
        <ErrorNote error={choices.error} onRetry={choices.reload} />
        {!data && !choices.error && <p className="muted">{tApp('app.loading')}</p>}
        {created && (
          <div className="stack tight" role="status" data-testid="variants-created">
            <strong>{t('create.done', { count: created.length })}</strong>
            <ul className="variants-result">
              {created.map((v) => (
                <li key={v.documentId}>
                  <Link to={documentPath(cooperation.id, v.documentId)}>{v.title}</Link>
                </li>
              ))}
            </ul>
            <Link className="button" to={boardPath(cooperation.id, masterId)}>
              {t('create.board')}
            </Link>
          </div>
        )}
        {data && data.units.length === 0 && (
          <p className="empty-state">
            {t('create.noUnits', {
              party: parties.find((p) => p.id !== cooperation.myPartyId)?.name ?? parties[0]?.name ?? '',
            })}
          </p>
        )}
        {data && free.length > 0 && (
          <label className="check">
            <input
              type="checkbox"
              checked={allChosen}
              onChange={(e) => setChosen(e.target.checked ? new Set(free.map((u) => u.id)) : new Set())}
            />{' '}
            {t('create.all', { count: free.length })}
          </label>
        )}
        {unitParties.map((party) => (
          <fieldset key={party.id} className="stack tight">
            <legend className="section-label">
              <PartyChip party={party} /> {t('create.party', { party: party.name })}
            </legend>
            <ul className="unit-choices">
              {data?.units
                .filter((u) => u.partyId === party.id)
                .map((u) => {
                  const made = data.made.has(u.id);
                  return (
                    <li key={u.id}>
                      <label className={made ? 'made' : undefined}>
                        <input
                          type="checkbox"
                          disabled={made}
                          checked={made || chosen.has(u.id)}
                          onChange={(e) => toggle(u.id, e.target.checked)}
                        />
                        <span>
                          {u.name}
                          {u.shortName && <span className="muted"> ({u.shortName})</span>}
                          {made && <span className="muted small"> · {t('create.made')}</span>}
                        </span>
                      </label>
                    </li>
                  );
                })}
            </ul>
          </fieldset>
        ))}
        {data && free.length > 0 && (
          <div className="section-actions">
            {chosen.size === 0 && <p className="muted small">{t('create.none')}</p>}
            <button
              type="button"
              className="button primary"
              disabled={busy || chosen.size === 0}
              aria-busy={busy}
              onClick={submit}
            >
              {busy
                ? t('create.working', { count: chosen.size })
                : t('create.submit', { count: chosen.size })}
            </button>
          </div>
        )}
        <ErrorNote error={error} />
      </div>
    </Dialog>
  );
}

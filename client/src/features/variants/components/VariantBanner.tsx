import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { documentPath } from '../../cooperations/paths.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useVariantsT } from '../messages.ts';
import { boardPath } from '../paths.ts';
import { useVariantEditor } from '../store.ts';
import { useVariantSync } from '../useVariantSync.ts';
import { CompareDialog } from './CompareDialog.tsx';
import { OverrideMarks } from './OverrideMarks.tsx';
import { OverridesDialog } from './OverridesDialog.tsx';
import '../variants.css';

/** A message with React nodes in place of its `{name}` placeholders. */
function withNodes(text: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return text.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed message, in order
    return name && name in nodes ? <Fragment key={i}>{nodes[name]}</Fragment> : piece;
  });
}

/**
 * Above a master PKS: how many variants follow it and a link to their board. Above a variant:
 * the master it follows and the unit it is for, how many of its Pasal differ from the master and
 * how many master changes wait for its review, with the list to review them. Nothing above an
 * ordinary document. It also keeps the editor's knowledge of the tiers up to date, and holds the
 * marks in the margin and the dialogs that compare a clause with the master.
 */
export function VariantBanner({ screen }: { screen: EditorScreen }) {
  useVariantSync(screen);
  const t = useVariantsT();
  const { cooperation, document } = screen;
  const tier = useVariantEditor((s) => (s.documentId === document.id ? s.tier : null));
  const unit = useVariantEditor((s) => s.unit);
  const overrides = useVariantEditor((s) => s.overrides);
  if (!tier || tier.tier === 'single') return null;

  if (tier.tier === 'master') {
    return (
      <div className="variant-banner" role="note" data-testid="master-banner">
        <span>{tier.variants ? t('banner.master', { count: tier.variants }) : t('banner.masterNone')}</span>
        {tier.variants > 0 && (
          <Link className="button small" to={boardPath(cooperation.id, document.id)}>
            {t('banner.board')}
          </Link>
        )}
      </div>
    );
  }

  const master = cooperation.documents.find((d) => d.id === tier.masterId);
  const changed = overrides.filter((o) => o.kind !== null).length;
  const flagged = overrides.filter((o) => o.flag !== null).length;
  const masterLink = master ? <Link to={documentPath(cooperation.id, master.id)}>{master.title}</Link> : '…';
  return (
    <>
      <div className={`variant-banner${flagged ? ' flagged' : ''}`} role="note" data-testid="variant-banner">
        <span>
          {withNodes(t(unit ? 'banner.variant' : 'banner.variantPlain'), {
            master: masterLink,
            unit: <strong>{unit?.name}</strong>,
          })}
        </span>
        {changed > 0 && (
          <span className="badge variant-override-count">{t('banner.overrides', { count: changed })}</span>
        )}
        {flagged > 0 && (
          <span className="badge variant-flag-count" data-testid="variant-flagged">
            {t('banner.flagged', { count: flagged })}
          </span>
        )}
        {overrides.length > 0 && (
          <button
            type="button"
            className="button small"
            onClick={() => useVariantEditor.getState().set({ reviewing: true })}
          >
            {t('banner.review')}
          </button>
        )}
      </div>
      <OverrideMarks screen={screen} />
      <OverridesDialog screen={screen} />
      <CompareDialog screen={screen} />
    </>
  );
}

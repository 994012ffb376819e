import type { DashboardState } from '../api.ts';
import { stateKey, useImplementationT } from '../messages.ts';

/** Where an occurrence stands: its word beside its colour, so colour is never the only sign. */
export function StateBadge({ state }: { state: DashboardState }) {
  const t = useImplementationT();
  return (
    <span className={`badge occurrence-state state-${state}`}>
      <span className="occ-dot" aria-hidden="true" />
      {t(stateKey(state))}
    </span>
  );
}

import { variantApprovalByCooperationBureau } from '../../../../../shared/api/agreementSettings.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { Cooperation } from '../api.ts';
import { useSettingSave } from '../useSettingSave.ts';
import { useVariantApprovalT } from '../variantApprovalMessages.ts';

/**
 * The switch "Bagian Kerja Sama ikut menyetujui setiap PKS OPD"
 * (`variantApprovalByCooperationBureau` in the cooperation's settings): whether a PKS variant's
 * party approves it through its members in no unit too, besides the members of the variant's
 * unit. The owner switches; every member sees the setting.
 */
export function VariantApprovalSetting({
  cooperation,
  reload,
}: {
  cooperation: Cooperation;
  reload: () => void;
}) {
  const t = useVariantApprovalT();
  const canChange = cooperation.permissions.canUpdate;
  const {
    value: on,
    busy,
    error,
    save,
  } = useSettingSave(
    cooperation.id,
    variantApprovalByCooperationBureau(cooperation.settings),
    (a, b) => a === b,
    reload,
  );
  const toggle = (next: boolean) =>
    save(next, { variantApprovalByCooperationBureau: next }, t(next ? 'on' : 'off'));

  return (
    <section className="stack" aria-labelledby="variant-approval-heading">
      <h3 id="variant-approval-heading">{t('title')}</h3>
      <label className="inline-check">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          disabled={!canChange || busy}
          onChange={(e) => void toggle(e.target.checked)}
        />
        {t('switch')}
      </label>
      <p className="muted small">{t('hint')}</p>
      {!canChange && <p className="muted small">{t('readOnly')}</p>}
      <ErrorNote error={error} />
    </section>
  );
}

import { type AmendmentKind, amendmentHeading } from '../../../../../shared/amendments/text.ts';
import { type DocumentMeta, META, partyMetaKey } from '../../../../../shared/meta.ts';
import { useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';

interface TitleBlockProps {
  kind: 'mou' | 'pks' | 'notes';
  meta: DocumentMeta;
  parties: Party[];
  /** An addendum or renewal is headed "ADENDUM ATAS …" or "PERPANJANGAN …", as the export prints it. */
  amendment?: AmendmentKind | null;
}

/**
 * "NOTA KESEPAKATAN ANTARA … DAN … TENTANG … NOMOR : …", rendered from the metadata and the
 * parties. It is not editable here: it changes through the Info form, for everyone at once.
 */
export function TitleBlock({ kind, meta, parties, amendment }: TitleBlockProps) {
  const t = useT();
  const subject = meta[META.subject]?.trim();
  return (
    <section className="title-block" aria-label={t('editor.titleBlock')} title={t('editor.titleBlock')}>
      <p className="title-kind">
        {amendment && kind !== 'notes'
          ? amendmentHeading(amendment, kind)
          : // A report (monitoring and evaluation) heads with its own title rather than "NOTULA RAPAT".
            (kind === 'notes' && meta[META.title]?.trim().toUpperCase()) || t(`kind.${kind}.heading`)}
      </p>
      <p>{t('editor.between')}</p>
      {parties.map((p, i) => (
        <div key={p.id}>
          {i > 0 && <p>{t('editor.and')}</p>}
          <p className="title-party">{p.name.toUpperCase()}</p>
        </div>
      ))}
      <p>{t('editor.about')}</p>
      <p className="title-subject">{subject ? subject.toUpperCase() : t('editor.unfilled')}</p>
      <div className="title-numbers">
        {parties.map((p) => (
          <p key={p.id}>
            {t('editor.number')} : {meta[partyMetaKey.number(p.id)]?.trim() || t('editor.unfilled')}
          </p>
        ))}
      </div>
    </section>
  );
}

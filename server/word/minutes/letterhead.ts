import type { Letterhead, MinutesDTO } from '../../../shared/api/meetings.ts';
import type { RecordLogo } from '../../db/repos/minutesRecords.ts';

/**
 * The letterhead (kop) at the top of a notula's first page, as plain data for the Word thread:
 * the logos left and right, the names in capitals between them and the address lines under the
 * names. A party's letterhead is its logo, name and seat; the cooperation's is every party's
 * logo around the cooperation's title and the parties' names.
 */
export interface LetterheadInput {
  /** The logos in order: the first on the left, the second (if any) on the right. */
  logos: { data: Uint8Array; name: string }[];
  /** Lines in bold capitals: the institution, or the cooperation's title. */
  names: string[];
  /** Smaller lines under the names: the seat, or the parties. */
  lines: string[];
}

/** A cooperation's letterhead choice kept in its settings (`settings.minutes.letterhead`). */
export function defaultLetterhead(settings: Record<string, unknown> | null | undefined): Letterhead {
  const minutes = settings?.minutes as { letterhead?: unknown } | undefined;
  const choice = minutes?.letterhead;
  return typeof choice === 'string' && choice ? choice : 'none';
}

/**
 * The letterhead chosen for these minutes, from the parties and logos they were frozen with;
 * null for none, undefined when the choice names no party of the minutes.
 */
export function letterheadFor(
  choice: Letterhead,
  minutes: Pick<MinutesDTO, 'parties' | 'cooperationTitle'>,
  logos: RecordLogo[],
): LetterheadInput | null | undefined {
  const logoOf = (partyId: string) => {
    const l = logos.find((x) => x.partyId === partyId);
    return l ? new Uint8Array(l.logo) : null;
  };
  const withLogo = (parties: MinutesDTO['parties']) =>
    parties.flatMap((p) => {
      const data = logoOf(p.id);
      return data ? [{ data, name: p.name }] : [];
    });
  if (choice === 'none') return null;
  if (choice === 'cooperation') {
    return {
      logos: withLogo(minutes.parties).slice(0, 2),
      names: [minutes.cooperationTitle.toUpperCase()],
      lines: [minutes.parties.map((p) => p.name).join(' – ')],
    };
  }
  const party = minutes.parties.find((p) => p.id === choice);
  if (!party) return undefined;
  return {
    logos: withLogo([party]),
    names: [party.name.toUpperCase()],
    lines: party.seat
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

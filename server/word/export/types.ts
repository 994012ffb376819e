import type { AmendmentKind } from '../../../shared/amendments/text.ts';
import type { SuggestionPrint } from '../../../shared/api/docx.ts';
import type { PMJSON } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import type { PrintedLiaison, PrintedSignatory } from '../../../shared/signedParts.ts';
import type { VariableValues } from '../../../shared/variables/fill.ts';
import type { PartyWording } from '../../../shared/words.ts';
import type { ExportLayoutOptions } from './layout.ts';
import type { WordFileAuthor } from './wordFile.ts';

/** A party as the export needs it; `ordinal` 1 is PIHAK PERTAMA. */
export interface ExportParty {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
  seat?: string | null;
  /** Logo image bytes (PNG, JPEG, GIF or BMP), printed in the title block. */
  logo?: Buffer | Uint8Array;
  logoMime?: string;
  /**
   * Who signs for it when the records name them (a variant's OPD head, under a surat kuasa):
   * printed instead of the Info fields `signatory*.<partyId>`.
   */
  signatory?: PrintedSignatory;
}

/** One row of the annex "DAFTAR PENGHUBUNG" (liaison per party or OPD): what is printed, and approved. */
export type ExportLiaison = PrintedLiaison;

/** The names a suggestion's author prints under in Word: "Name (Party)". */
export interface SuggestionAuthors {
  /** Display names by user id (an unknown user prints as their id). */
  users?: Record<string, string>;
  /** Short names by party id. */
  parties?: Record<string, string>;
}

/** Everything {@link buildAgreementDocx} needs; nothing is read from the database here. */
export interface AgreementExportInput {
  kind: 'mou' | 'pks';
  /** An addendum or a renewal of an agreement: its title block is headed "ADENDUM ATAS …" or "PERPANJANGAN …". */
  amendment?: AmendmentKind;
  status: 'draft' | 'final' | 'signed';
  body: PMJSON;
  meta: DocumentMeta;
  parties: ExportParty[];
  /** Version shown in the footer of a final or signed document; left out when unknown. */
  version?: number;
  /** Document hash (hex); the footer shows its first 8 digits. Computed from the body when absent. */
  hash?: string;
  /**
   * The approval fingerprint of a final or signed document (`A1B2-C3D4-E5F6-0718`, see
   * `shared/signedParts.ts`): printed in the footer of every page instead of the document hash,
   * so the paper can be checked against what the parties approved on screen.
   */
  fingerprint?: string;
  liaisons?: ExportLiaison[];
  /**
   * How pending suggestions print: as Word's tracked changes (the default, with Track Changes
   * on), or the clean copy with every suggestion accepted or every one rejected.
   */
  suggestions?: SuggestionPrint;
  /** Who made the suggestions, for the tracked changes' authors. */
  suggestionAuthors?: SuggestionAuthors;
  /**
   * The values of a master PKS's variables for this paper (`variableValues` of shared/variables/):
   * each variable prints its value; one without a value prints its placeholder («Nama OPD»).
   */
  variables?: VariableValues;
  /** `exportedBy` and `exportedAt` (now by default) are the file's author and dates; `exportedAt` also dates a draft's "DRAF" marking. */
  options?: ExportLayoutOptions &
    WordFileAuthor & {
      /**
       * The ordinal of the party that keeps this original (default 1, PIHAK PERTAMA): the meterai
       * space goes under the signature of every other party, who hands it over.
       */
      original?: number;
      /** "PIHAK PERTAMA" (default) or "PIHAK KESATU" in the signatures and paraf boxes. */
      partyWording?: PartyWording;
      /** PIHAK PERTAMA signs in the left column (default) or, when false, in the right one. */
      firstSignsLeft?: boolean;
    };
}

import { conflict } from './appError.ts';

/** 409 `round.no_other_party`: a round goes to another party, and the sender's cooperation has none. */
export const roundWithoutOtherParty = () =>
  conflict(
    'round.no_other_party',
    'Putaran dikirim ke pihak lain, tetapi kerja sama ini tidak memiliki pihak lain bagi Anda.',
    'A round is sent to the other party, but this cooperation has no other party for you.',
  );

import { conflict } from './appError.ts';
import { notFound, validation } from './resources.ts';

// Errors of a party's units (OPD).

export const unitNotFound = () => notFound('unit', 'Unit kerja (OPD)', 'Unit (OPD)');

/** 409 `unit.duplicate`: a cooperation's units have distinct names. */
export const unitDuplicate = (name: string) =>
  conflict(
    'unit.duplicate',
    `Unit kerja "${name}" sudah terdaftar dalam kerja sama ini.`,
    `The unit "${name}" is already registered in this cooperation.`,
  );

/** 400 naming `field` (`unitId`): the unit is not one of that party's units. */
export const unitNotOfParty = (field = 'unitId') =>
  validation(
    field,
    'Unit kerja yang dipilih bukan unit dari pihak tersebut.',
    'The unit chosen is not a unit of that party.',
  );

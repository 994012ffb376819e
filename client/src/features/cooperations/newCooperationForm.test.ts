import { describe, expect, it } from 'vitest';
import { type CooperationDraft, checkCooperation, fieldInputId } from './newCooperationForm.ts';

const blank = { name: '', shortName: '', seat: '' };
const draft = (patch: Partial<CooperationDraft> = {}): CooperationDraft => ({
  title: '',
  description: '',
  parties: [blank, blank],
  myParty: 1,
  ...patch,
});

describe('the new cooperation form', () => {
  it('names every missing field at once, as the server names them', () => {
    expect(checkCooperation(draft()).problems).toEqual({
      title: { kind: 'required' },
      'parties.0.name': { kind: 'required' },
      'parties.0.shortName': { kind: 'required' },
      'parties.1.name': { kind: 'required' },
      'parties.1.shortName': { kind: 'required' },
    });
  });

  it('counts spaces as empty and names a title over the limit', () => {
    const { problems } = checkCooperation(
      draft({
        title: 'x'.repeat(501),
        parties: [
          { name: '  ', shortName: 'A', seat: '' },
          { name: 'Dinas B', shortName: 'B', seat: '' },
        ],
      }),
    );
    expect(problems).toEqual({
      title: { kind: 'tooLong', max: 500 },
      'parties.0.name': { kind: 'required' },
    });
  });

  it('gives the trimmed body when all is well, a blank seat left out', () => {
    const checked = checkCooperation(
      draft({
        title: ' Kerja Sama ',
        parties: [
          { name: 'Ombudsman', shortName: 'ORI', seat: ' Jambi ' },
          { name: 'Pemkot', shortName: 'Pemkot', seat: ' ' },
        ],
        myParty: 2,
      }),
    );
    expect(checked).toEqual({
      problems: {},
      body: {
        title: 'Kerja Sama',
        parties: [
          { name: 'Ombudsman', shortName: 'ORI', seat: 'Jambi' },
          { name: 'Pemkot', shortName: 'Pemkot' },
        ],
        myPartyOrdinal: 2,
      },
    });
  });

  it('gives each field an element id', () => {
    expect(fieldInputId('parties.1.shortName')).toBe('coop-parties-1-shortName');
  });
});

import { forbidden } from './auth.ts';

/**
 * 403 `approval.other_unit`: a PKS variant is approved for its OPD's party only by that OPD's
 * people (and by the Bagian Kerja Sama when the cooperation says so).
 */
export const approvalOtherUnit = (unitName: string, byCooperationBureau: boolean) =>
  forbidden(
    'approval.other_unit',
    `PKS ini dibuat untuk ${unitName}: dari pihak Anda hanya anggota ${unitName}${
      byCooperationBureau ? ' atau Bagian Kerja Sama' : ''
    } yang dapat menyetujuinya.`,
    `This PKS is made for ${unitName}: of your party only members of ${unitName}${
      byCooperationBureau ? ' or the Bagian Kerja Sama (cooperation bureau)' : ''
    } can approve it.`,
  );

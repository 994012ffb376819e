import { badRequest, conflict } from './appError.ts';
import { notFound } from './resources.ts';

// Errors of the reports from the public forwarded to an OPD.

/** 404 `public_report.not_found`, to outsiders too: a report's id reveals nothing. */
export const publicReportNotFound = () => notFound('public_report', 'Laporan masyarakat', 'Public report');

/** 409 `public_report.duplicate_reference`: the cooperation already tracks that reference number. */
export const publicReportDuplicate = () =>
  conflict(
    'public_report.duplicate_reference',
    'Nomor laporan itu sudah tercatat dalam kerja sama ini. Periksa nomornya, atau buka laporan yang sudah ada.',
    'That report number is already recorded in this cooperation. Check the number, or open the existing report.',
  );

/** 400 `public_report.response_before_forwarding`: an answer cannot come before the report was forwarded. */
export const publicReportResponseBeforeForwarding = () =>
  badRequest(
    'public_report.response_before_forwarding',
    'Tanggal tanggapan tidak boleh sebelum tanggal laporan diteruskan.',
    'The response date cannot be before the date the report was forwarded.',
  );

/** 400 `public_report.future_date`: a forwarding or an answer is recorded once it happened. */
export const publicReportFutureDate = () =>
  badRequest(
    'public_report.future_date',
    'Tanggal itu belum tiba. Catat laporan dan tanggapan setelah terjadi.',
    'That date has not come yet. Record reports and responses once they happen.',
  );

/** 400 `public_report.unknown_unit`: the OPD is not one of this cooperation's. */
export const publicReportUnknownUnit = () =>
  badRequest(
    'public_report.unknown_unit',
    'OPD itu bukan OPD kerja sama ini.',
    'That unit (OPD) is not one of this cooperation.',
  );

/** 400 `public_report.unknown_liaison`: the PIC is not a liaison of the chosen OPD. */
export const publicReportUnknownLiaison = () =>
  badRequest(
    'public_report.unknown_liaison',
    'PIC harus penghubung dari OPD yang dipilih.',
    'The PIC must be a liaison of the chosen unit (OPD).',
  );

/** 409 `public_report.answered`: an answered report keeps where it went; only its response is recorded again. */
export const publicReportAnswered = () =>
  conflict(
    'public_report.answered',
    'Laporan ini sudah dijawab, sehingga nomor, OPD, dan PIC-nya tidak dapat diubah lagi.',
    'This report has been answered, so its number, unit (OPD) and PIC can no longer be changed.',
  );

import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docToJSON } from '../../server/collab/convert.ts';
import { renderedText } from '../../server/word/pdfText.ts';
import type { ErrorBody } from '../../shared/api/common.ts';
import type { DocumentResponse } from '../../shared/api/documents.ts';
import type { EvaluationListResponse, EvaluationResponse } from '../../shared/api/evaluations.ts';
import type { ObligationDTO, StoredProposalsResponse } from '../../shared/api/obligations.ts';
import type { UnitDTO } from '../../shared/api/units.ts';
import { localDate } from '../../shared/calendar/workingDays.ts';
import { type PMJSON, textOf } from '../../shared/clauses.ts';
import { NODE } from '../../shared/schema/names.ts';
import { parseIsoDate, shortDate } from '../../shared/words.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument, buildUser } from '../support/factories.ts';
import { missing } from '../support/tools.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;
type Who = keyof typeof cookies;

const post = <T>(path: string, who: Who | string, body: unknown = {}) =>
  demo.server.api<T>(path, { cookie: who in cookies ? cookies[who as Who] : who, method: 'POST', body });
const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** A PKS signed 23 June 2025 with two confirmed obligations, a report with a file on one, and a late public report. */
async function signedAgreementWithHistory() {
  const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
  await finaliseAgreed(demo.server, [cookies.ombudsman, cookies.pemkot], id);
  const signing = await post(`/api/documents/${id}/sign`, 'ombudsman', {
    date: '2025-06-23',
    place: 'Kota Jambi',
  });
  expect(signing.status, JSON.stringify(signing.body)).toBe(200);
  const stored = await post<StoredProposalsResponse>(`/api/documents/${id}/obligations/proposals`, 'pemkot');
  const confirm = async (path: string) => {
    const found = stored.body.added.find((o) => o.clausePath === path)!;
    const res = await demo.server.api<{ obligation: ObligationDTO }>(`/api/obligations/${found.id}`, {
      cookie: cookies.ombudsman,
      method: 'PATCH',
      body: { status: 'confirmed' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.obligation;
  };
  // Every six months from the signing: 23 December 2025 and 23 June 2026 fall in the period.
  const semester = await confirm('Pasal 7 ayat (1)');
  expect(semester.due).toEqual({ kind: 'recurring', everyMonths: 6 });
  await confirm('Pasal 4 ayat (2) huruf a');

  const form = new FormData();
  form.append('text', 'Laporan semester I telah disampaikan.');
  form.append('status', 'done');
  form.append('occurrence', '2025-12-23');
  form.append(
    'files',
    new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }),
    'Laporan Semester I.pdf',
  );
  const report = await fetch(`${demo.server.url}/api/obligations/${semester.id}/reports`, {
    method: 'POST',
    headers: { cookie: cookies.pemkot, origin: demo.server.url },
    body: form,
  });
  expect(report.status, await report.clone().text()).toBe(201);

  const units = await demo.server.api<{ units: UnitDTO[] }>(`/api/cooperations/${demo.coop.id}/units`, {
    cookie: cookies.pemkot,
  });
  const unit = units.body.units[0]!;
  const forwarded = await post<{ report: { id: string } }>(
    `/api/cooperations/${demo.coop.id}/public-reports`,
    'ombudsman',
    { reference: 'JB-2026-0042', unitId: unit.id, forwardedOn: '2026-03-02', deadlineDays: 10 },
  );
  expect(forwarded.status, JSON.stringify(forwarded.body)).toBe(201);
  const answered = await demo.server.api(`/api/public-reports/${forwarded.body.report.id}/response`, {
    cookie: cookies.pemkot,
    method: 'PUT',
    body: { respondedOn: '2026-04-28', response: 'Dijawab.' },
  });
  expect(answered.status, JSON.stringify(answered.body)).toBe(200);
  return { id, unit };
}

const chapters = (body: PMJSON) =>
  (body.content ?? []).filter((n) => n.type === NODE.chapter).map((n) => textOf(n));

describe('monitoring and evaluation report', () => {
  it('is drafted from the tracked data of a signed PKS, approved whole by both parties, and printed', async () => {
    const { id, unit } = await signedAgreementWithHistory();
    const period = { from: '2025-07-01', to: '2026-06-30' };
    const path = `/api/documents/${id}/evaluations`;

    // Viewers read the list but may not draft; outsiders learn nothing; a draft agreement is refused.
    const listed = await demo.server.api<EvaluationListResponse>(path, { cookie: cookies.tamu });
    expect(listed.body).toEqual({ evaluations: [], canCreate: false });
    expect(
      (await demo.server.api<EvaluationListResponse>(path, { cookie: cookies.pemkot })).body.canCreate,
    ).toBe(true);
    const viewer = await post(path, 'tamu', period);
    expect(viewer.status).toBe(403);
    const outsider = await buildUser(demo.server);
    expect((await post(path, outsider.cookie, period)).status).toBe(404);
    const draft = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    const fromDraft = await post<ErrorBody>(`/api/documents/${draft.id}/evaluations`, 'pemkot', period);
    expect(fromDraft.status).toBe(409);
    expect(fromDraft.body.error).toMatchObject({ id: 'evaluation.not_final' });
    const backwards = await post(path, 'pemkot', { from: '2026-06-30', to: '2025-07-01' });
    expect(backwards.status).toBe(400);

    const created = await post<EvaluationResponse>(path, 'pemkot', period);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { evaluation } = created.body;
    expect(evaluation).toMatchObject({
      agreementId: id,
      status: 'draft',
      periodFrom: period.from,
      periodTo: period.to,
    });
    const reportId = evaluation.documentId;
    expect(
      (await demo.server.api<EvaluationListResponse>(path, { cookie: cookies.tamu })).body.evaluations,
    ).toEqual([evaluation]);
    expect(
      (
        await demo.server.api<EvaluationResponse>(`/api/documents/${reportId}/evaluation`, {
          cookie: cookies.tamu,
        })
      ).body.evaluation,
    ).toEqual(evaluation);

    // The Y.Doc an editor opens holds the sections, drawn from the data.
    const client = await demo.open(reportId, 'ombudsman');
    const { body, meta } = docToJSON(client.doc);
    expect(chapters(body)).toEqual([
      'Pendahuluan',
      'Pelaksanaan Kewajiban',
      'Bukti Pelaksanaan',
      'Penghubung',
      'Tindak Lanjut Laporan Masyarakat',
      'Permasalahan',
      'Rekomendasi',
    ]);
    const text = textOf(body);
    expect(text).toContain(
      'yang ditandatangani pada tanggal 23 Juni 2025, untuk periode 1 Juli 2025 sampai dengan 30 Juni 2026',
    );
    expect(text).toContain('Pasal 7 ayat (1)');
    expect(text).toContain('Laporan Semester I.pdf');
    expect(text).toContain('Terlaksana');
    // Reported on after the period, the first semester's evidence still belongs to it.
    const reportedOn = shortDate(parseIsoDate(localDate(new Date(), 'WIB'))!);
    expect(text).toContain(`Laporan Semester I.pdfPasal 7 ayat (1) (PIHAK KEDUA)${reportedOn}`);
    // The second semester's report never came: overdue, an issue and a recommendation.
    expect(text).toContain(
      'Kewajiban Pasal 7 ayat (1) (PIHAK KEDUA) yang jatuh tempo 23 Juni 2026 belum dilaporkan terlaksana.',
    );
    expect(text).toContain(`Laporan masyarakat yang diteruskan kepada ${unit.name}: 1 dijawab terlambat.`);
    expect(meta.title).toBe('Laporan Monitoring dan Evaluasi');

    // Approved whole, by each party; finalising waits for both.
    const parts = async () =>
      (await demo.server.api<DocumentResponse>(`/api/documents/${reportId}`, { cookie: cookies.tamu })).body
        .document.parts;
    const [whole] = await parts();
    expect(whole).toMatchObject({ id: 'part:report', state: 'draft' });
    const approve = (who: Who) =>
      post(`/api/documents/${reportId}/parts/part:report/approvals`, who, { hash: whole!.hash });
    expect((await approve('tamu')).status).toBe(403);
    expect((await approve('ombudsman')).status).toBe(201);
    const early = await post<ErrorBody>(`/api/documents/${reportId}/finalize`, 'ombudsman');
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ id: 'document.not_agreed' });
    expect((await approve('pemkot')).status).toBe(201);
    expect((await parts())[0]).toMatchObject({ id: 'part:report', state: 'agreed' });
    const final = await post(`/api/documents/${reportId}/finalize`, 'ombudsman');
    expect(final.status, JSON.stringify(final.body)).toBe(200);

    // The Word file holds the sections and the signatures; printed, it carries the fingerprint.
    const docx = await fetch(`${demo.server.url}/api/documents/${reportId}/evaluation.docx`, {
      headers: { cookie: cookies.tamu },
    });
    expect(docx.status).toBe(200);
    const file = Buffer.from(await docx.arrayBuffer());
    const { value } = await mammoth.extractRawText({ buffer: file });
    for (const words of [
      'LAPORAN MONITORING DAN EVALUASI',
      'Pelaksanaan Kewajiban',
      'Tindak Lanjut Laporan Masyarakat',
      'Laporan Semester I.pdf',
      'Permasalahan',
      'Rekomendasi',
      'PIHAK PERTAMA',
      'PIHAK KEDUA',
      'Demikian Laporan Monitoring dan Evaluasi ini disusun bersama',
    ])
      expect(value).toContain(words);
    expect(value).not.toContain('DRAF');
    if (!missing('soffice', 'pdftotext')) {
      const printed = renderedText(file);
      expect(printed).toContain('BAB VII');
      expect(printed).toMatch(/Sidik persetujuan [0-9A-F]{4}-/);
    }
    // The editor's "Unduh Word" asks the agreement export, which prints a report the same way.
    const viaMenu = await fetch(`${demo.server.url}/api/documents/${reportId}/export.docx`, {
      headers: { cookie: cookies.tamu },
    });
    expect(viaMenu.status).toBe(200);
    const menuText = (await mammoth.extractRawText({ buffer: Buffer.from(await viaMenu.arrayBuffer()) }))
      .value;
    expect(menuText).toContain('LAPORAN MONITORING DAN EVALUASI');
    expect(menuText).toContain('Laporan Semester I.pdf');
    const outsiderDocx = await demo.server.api(`/api/documents/${reportId}/evaluation.docx`, {
      cookie: outsider.cookie,
    });
    expect(outsiderDocx.status).toBe(404);
  }, 120_000);
});

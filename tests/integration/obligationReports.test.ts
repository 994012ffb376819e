import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ErrorBody } from '../../shared/api/common.ts';
import type { notificationsResponseSchema } from '../../shared/api/notifications.ts';
import type { ObligationReportDTO, ObligationReportsResponse } from '../../shared/api/obligationReports.ts';
import type { ObligationDTO, StoredProposalsResponse } from '../../shared/api/obligations.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { openEventStream } from '../support/eventStream.ts';
import { buildDocument, buildUser } from '../support/factories.ts';
import { testPng } from '../support/images.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'organisasi', 'tamu']);
const { cookies } = demo;
type Who = keyof typeof cookies;

const DOCX = readFileSync(join(import.meta.dirname, '../fixtures/docx/libreoffice-draft.docx'));
const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = testPng(24);
/** A Windows program ("MZ" header) sent as a PDF, with the PDF's content type. */
const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'),
  Buffer.alloc(512, 7),
]);
const MiB = 1024 * 1024;

interface Upload {
  name: string;
  bytes: Buffer;
  type?: string;
}

/** Sends a report as the browser's form does: multipart, same origin. */
async function sendReport(
  obligationId: string,
  cookie: string,
  fields: Record<string, string>,
  files: Upload[] = [],
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) {
    form.append('files', new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/pdf' }), f.name);
  }
  const res = await fetch(`${demo.server.url}/api/obligations/${obligationId}/reports`, {
    method: 'POST',
    headers: { cookie, origin: demo.server.url },
    body: form,
  });
  return {
    status: res.status,
    body: (await res.json()) as { report: ObligationReportDTO } & Partial<ErrorBody>,
  };
}

const listReports = (obligationId: string, who: Who | string) =>
  demo.server.api<ObligationReportsResponse>(`/api/obligations/${obligationId}/reports`, {
    cookie: who in cookies ? cookies[who as Who] : who,
  });
type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;
const bell = async (who: Who) =>
  (await demo.server.api<NotificationsResponse>('/api/me/notifications', { cookie: cookies[who] })).body
    .notifications;

/** A confirmed obligation of a final PKS, bound to PIHAK KEDUA (the city), every six months. */
let obligation: ObligationDTO;

beforeAll(async () => {
  const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
  await finaliseAgreed(demo.server, [cookies.ombudsman, cookies.pemkot], id);
  const stored = await demo.server.api<StoredProposalsResponse>(
    `/api/documents/${id}/obligations/proposals`,
    {
      cookie: cookies.pemkot,
      body: {},
    },
  );
  const found = stored.body.added.find((o) => o.clausePath === 'Pasal 7 ayat (1)')!;
  const cityParty = demo.coop.parties.find((p) => p.ordinal === 2)!.id;
  expect(found).toMatchObject({ partyScope: 'party', partyId: cityParty, due: { kind: 'recurring' } });
  const confirmed = await demo.server.api<{ obligation: ObligationDTO }>(`/api/obligations/${found.id}`, {
    cookie: cookies.ombudsman,
    method: 'PATCH',
    body: { status: 'confirmed' },
  });
  expect(confirmed.status).toBe(200);
  obligation = confirmed.body.obligation;
}, 60_000);

describe('reports on an obligation', () => {
  it('are made by the bound party with a PDF and a PNG, read by every member, downloaded byte for byte, and ring the other party', async () => {
    const events = await openEventStream(demo.server.url, demo.coop.id, cookies.ombudsman);
    const before = await listReports(obligation.id, 'pemkot');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      canReport: true,
      reports: [],
      limits: { fileBytes: 10 * MiB, files: 5 },
    });
    expect((await listReports(obligation.id, 'ombudsman')).body.canReport).toBe(false);

    const sent = await sendReport(
      obligation.id,
      cookies.pemkot,
      { text: 'Laporan semester I telah disampaikan.', status: 'done', occurrence: '2027-06-30' },
      [
        { name: 'Laporan Semester I.pdf', bytes: PDF },
        // The name and the declared type say JPEG; the bytes decide.
        { name: '../foto kegiatan.jpg', bytes: PNG, type: 'image/jpeg' },
        { name: 'notulen.docx', bytes: DOCX, type: 'application/octet-stream' },
      ],
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const report = sent.body.report;
    expect(report).toMatchObject({
      obligationId: obligation.id,
      occurrence: '2027-06-30',
      status: 'done',
      author: { name: 'Kabag Kerja Sama' },
      partyId: obligation.partyId,
      comments: [],
    });
    expect(report.files.map((f) => [f.name, f.mime, f.size])).toEqual([
      ['Laporan Semester I.pdf', 'application/pdf', PDF.length],
      ['foto kegiatan.jpg.png', 'image/png', PNG.length],
      [
        'notulen.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        DOCX.length,
      ],
    ]);
    expect((await events.next('obligation.reported')).data).toMatchObject({
      obligationId: obligation.id,
      reportId: report.id,
      status: 'done',
    });
    await events.close();

    // A viewer reads the report and downloads each file as it was sent, never inline.
    const listed = await listReports(obligation.id, 'tamu');
    expect(listed.body.reports.map((r) => r.id)).toEqual([report.id]);
    expect(listed.body.reports[0]!.canAnswer).toBe(false);
    expect((await listReports(obligation.id, 'ombudsman')).body.reports[0]!.canAnswer).toBe(true);
    for (const [file, bytes] of [
      [report.files[0]!, PDF],
      [report.files[1]!, PNG],
      [report.files[2]!, DOCX],
    ] as const) {
      const res = await fetch(`${demo.server.url}/api/obligation-report-files/${file.id}`, {
        headers: { cookie: cookies.tamu },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(file.mime);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    }

    // The other party's members are told; the reporting party is not.
    const rung = (await bell('ombudsman')).find((n) => n.kind === 'obligation.reported');
    expect(rung).toMatchObject({
      cooperationId: demo.coop.id,
      payload: { obligationId: obligation.id, text: 'Laporan semester I telah disampaikan.' },
    });
    expect((await bell('tamu')).some((n) => n.kind === 'obligation.reported')).toBe(true);
    expect((await bell('organisasi')).some((n) => n.kind === 'obligation.reported')).toBe(false);

    // The cooperation's list, for dashboards: the same report, and nothing since a later time.
    const all = await demo.server.api(`/api/cooperations/${demo.coop.id}/obligation-reports`, {
      cookie: cookies.tamu,
    });
    expect(all.body.reports.map((r: ObligationReportDTO) => r.id)).toContain(report.id);
    const later = new Date(Date.now() + 60_000).toISOString();
    const none = await demo.server.api(
      `/api/cooperations/${demo.coop.id}/obligation-reports?since=${later}`,
      {
        cookie: cookies.tamu,
      },
    );
    expect(none.body.reports).toEqual([]);
  });

  it('refuse a renamed program, too big a file, too many files and the wrong people, storing nothing', async () => {
    const count = async () => (await listReports(obligation.id, 'pemkot')).body.reports.length;
    const before = await count();
    const fields = { text: 'Bukti terlampir.', status: 'in_progress' };

    const exe = await sendReport(obligation.id, cookies.pemkot, fields, [
      { name: 'bukti.pdf', bytes: PDF },
      { name: 'laporan.pdf', bytes: EXE },
    ]);
    expect(exe.status).toBe(415);
    expect(exe.body.error).toMatchObject({ id: 'report.unsupported_file' });
    expect(exe.body.error!.message).toContain('"laporan.pdf" bukan PDF');
    expect(exe.body.error!.messageEn).toContain('The report was not saved');

    const big = await sendReport(obligation.id, cookies.pemkot, fields, [
      { name: 'besar.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(10 * MiB)]) },
    ]);
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ id: 'report.file_too_large' });
    expect(big.body.error!.message).toContain('10 MiB');

    const many = await sendReport(
      obligation.id,
      cookies.pemkot,
      fields,
      Array.from({ length: 6 }, (_, i) => ({ name: `bukti-${i}.pdf`, bytes: PDF })),
    );
    expect(many.status).toBe(413);
    expect(many.body.error).toMatchObject({ id: 'report.too_many_files' });

    const noStatus = await sendReport(obligation.id, cookies.pemkot, { text: 'Tanpa status.' });
    expect(noStatus.status).toBe(400);
    expect(noStatus.body.error).toMatchObject({ id: 'report.invalid', field: 'status' });

    // The other party does not report on the city's obligation, nor does a viewer.
    const wrongParty = await sendReport(obligation.id, cookies.ombudsman, fields);
    expect(wrongParty.status).toBe(403);
    expect(wrongParty.body.error).toMatchObject({ id: 'report.not_responsible' });
    expect((await sendReport(obligation.id, cookies.tamu, fields)).status).toBe(403);

    // Outside the cooperation, nothing is there: the list, a report, a file.
    const outsider = await buildUser(demo.server);
    expect((await listReports(obligation.id, outsider.cookie)).status).toBe(404);
    expect((await sendReport(obligation.id, outsider.cookie, fields)).status).toBe(404);
    const someFile = (await listReports(obligation.id, 'tamu')).body.reports[0]!.files[0]!;
    const hidden = await demo.server.api(`/api/obligation-report-files/${someFile.id}`, {
      cookie: outsider.cookie,
    });
    expect(hidden.status).toBe(404);

    expect(await count()).toBe(before);
  });

  it('are answered by the other party only: a request for more is kept with the report and rings its author', async () => {
    const made = await sendReport(obligation.id, cookies.pemkot, { text: 'Selesai.', status: 'done' });
    expect(made.status).toBe(201);
    const reportId = made.body.report.id;
    const comment = (who: Who, body: unknown) =>
      demo.server.api(`/api/obligation-reports/${reportId}/comments`, { cookie: cookies[who], body });

    const own = await comment('organisasi', { kind: 'comment', text: 'Sudah benar.' });
    expect(own.status).toBe(403);
    expect(own.body.error).toMatchObject({ id: 'report.own_party' });
    expect((await comment('tamu', { kind: 'comment', text: 'Boleh?' })).status).toBe(403);
    expect((await comment('ombudsman', { kind: 'question', text: 'x' })).status).toBe(400);
    const outsider = await buildUser(demo.server);
    const hidden = await demo.server.api(`/api/obligation-reports/${reportId}/comments`, {
      cookie: outsider.cookie,
      body: { kind: 'comment', text: 'x' },
    });
    expect(hidden.status).toBe(404);

    const events = await openEventStream(demo.server.url, demo.coop.id, cookies.pemkot);
    const asked = await comment('ombudsman', { kind: 'request', text: 'Mohon lampirkan daftar hadir.' });
    expect(asked.status).toBe(201);
    expect((await events.next('obligation.commented')).data).toMatchObject({
      obligationId: obligation.id,
      reportId,
      commentId: asked.body.comment.id,
      kind: 'request',
    });
    await events.close();
    expect(asked.body.comment).toMatchObject({ kind: 'request', author: { name: 'Kepala Perwakilan' } });

    const listed = (await listReports(obligation.id, 'pemkot')).body.reports.find((r) => r.id === reportId)!;
    expect(listed.comments.map((c) => [c.kind, c.text])).toEqual([
      ['request', 'Mohon lampirkan daftar hadir.'],
    ]);
    expect((await bell('pemkot')).find((n) => n.kind === 'obligation.commented')).toMatchObject({
      payload: { obligationId: obligation.id, commentKind: 'request', text: 'Mohon lampirkan daftar hadir.' },
    });
  });
});

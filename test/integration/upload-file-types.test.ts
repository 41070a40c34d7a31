import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { excelJsWorkbook, heicPhoto, pdfBytes } from '../support/file-samples';
import { buildSecurityWorld, type SecurityWorld } from '../support/security-world';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';
import { keptUploads } from '../support/upload-probe';

// Files whose first bytes fooled the hand-written detector (an ExcelJS workbook read as DOCX,
// a HEIC photo as MP4) and a file whose name lies (a PDF called .mp3), sent to every route that
// keeps an upload. Each is refused with a clear problem, or kept under what it really is.

let t: TestApp;
let w: SecurityWorld;
let samples: Array<{ name: string; is: string; bytes: Buffer; wrongType: RegExp }>;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSecurityWorld(t);
  samples = [
    {
      name: 'bang-ke.docx',
      is: 'xlsx',
      bytes: Buffer.from(await excelJsWorkbook()),
      wrongType: /wordprocessingml/,
    },
    { name: 'phong-su.mp4', is: 'heic', bytes: Buffer.from(heicPhoto()), wrongType: /video/ },
    { name: 'x.mp3', is: 'pdf', bytes: Buffer.from(pdfBytes()), wrongType: /audio/ },
  ];
});
afterAll(async () => t.close());

const fileNameOf = (disposition: string): string | null => {
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
};

describe('a file is what its content says, on every route that keeps one', () => {
  test('refused clearly, or kept and offered under its real type and extension', async () => {
    const wrong: string[] = [];
    let kept = 0;
    for (const u of keptUploads(t.app, w))
      for (const s of samples) {
        const where = `${u.key} ${s.name} (${s.is})`;
        const put = await u.put(s.name, s.bytes);
        if (put.statusCode >= 400) {
          const p = put.json<{ code?: string; detail?: string }>();
          if (put.statusCode !== 400 || p.code !== 'validation' || !/[ệếảạ]/.test(p.detail ?? ''))
            wrong.push(`${where} refused unclearly: ${put.statusCode} ${put.body.slice(0, 120)}`);
          continue;
        }
        kept++;
        const got = await u.get();
        const type = String(got.headers['content-type'] ?? '');
        const name = fileNameOf(got.headers['content-disposition'] ?? '');
        if (s.wrongType.test(type)) wrong.push(`${where} served as ${type}`);
        if (name && !name.endsWith(`.${s.is}`)) wrong.push(`${where} offered as ${name}`);
      }
    expect(wrong).toEqual([]);
    // Documents may be PDFs (a poster item, milestone evidence): those are kept, renamed.
    expect(kept).toBeGreaterThanOrEqual(2);
  });

  test('a content item stores the file under the detected extension, or refuses it by kind', async () => {
    const c = w.cookies.officer;
    const create = async (kind: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/content',
          headers: { cookie: c },
          payload: { unitId: w.wardIds.unit, kind, title: `Tệp ${kind}`, themes: [] },
        })
      ).json<{ id: string }>().id;
    const upload = async (id: string, name: string, bytes: Uint8Array) => {
      const form = await formBody({ size: String(bytes.length), file: { name, bytes } });
      return t.app.inject({
        method: 'PUT',
        url: `/api/v1/content/${id}/file`,
        headers: { cookie: c, ...form.headers },
        payload: form.payload,
      });
    };

    const video = await create('video');
    const heic = await upload(video, 'phong-su.mp4', heicPhoto());
    expect(heic.statusCode).toBe(400);
    expect(heic.json().detail).toContain('HEIC');

    const audio = await create('audio');
    expect((await upload(audio, 'x.mp3', pdfBytes())).statusCode).toBe(400);

    const legal = await create('legal');
    const xlsx = await upload(legal, 'van-ban.docx', await excelJsWorkbook());
    expect(xlsx.statusCode).toBe(400);
    expect(xlsx.json().detail).toContain('XLSX');
    const pdf = await upload(legal, 'x.mp3', pdfBytes());
    expect(pdf.statusCode).toBe(200);
    expect(pdf.json().file).toMatchObject({ name: 'x.pdf', mediaType: 'application/pdf' });
    expect((await t.deps.repos.content.get(legal))?.file?.key).toMatch(/\.pdf$/);
  });
});

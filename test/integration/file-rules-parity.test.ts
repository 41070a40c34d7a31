import { toneWav } from '../../src/domain/content/wav';
import { PNG } from '../support/security-world';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildElection,
  buildPolling,
  buildTree,
  SAMPLE,
  type BuiltTree,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';
import {
  contentFileUse,
  FILE_USES,
  fileRefusal,
  type FileUse,
} from '../../src/contracts/file-uses';

// The workspace checks a file before it creates the item the file is for, with the rules the
// server applies when the file arrives. Walked here over every upload that follows a create:
// a file the check refuses is refused by the server, and one the server takes passes the check,
// so the check never creates an orphan nor blocks a file the server would keep. The one kind
// of file they part on (a sound the server must read to refuse) is rolled back by the web.

let t: TestApp;
let tree: BuiltTree;
let officer = '';
/** An electoral district of the ward's election, where the officer adds candidates. */
let districtId = '';
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  officer = await t.login(tree.users.commune.officer.username);
  const { election } = await buildElection(t.deps, tree.commune, {
    author: tree.users.commune.officer,
  });
  const { districts } = await buildPolling(t.deps, election, [
    {
      district: `Đơn vị bầu cử số 1 ${SAMPLE}`,
      name: `Khu vực bỏ phiếu số 1 ${SAMPLE}`,
      address: `Nhà văn hóa khu phố ${SAMPLE}`,
      commune: tree.commune,
      villages: [tree.village],
    },
  ]);
  districtId = districts[0]?.id ?? '';
});
afterAll(async () => t.close());

const MB = 1024 * 1024;

const SAMPLES: Record<string, Buffer> = {
  png: PNG,
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  'png of 3 MB': Buffer.concat([PNG, Buffer.alloc(3 * MB)]),
  'png of 11 MB': Buffer.concat([PNG, Buffer.alloc(11 * MB)]),
  text: Buffer.from('văn bản, không phải ảnh'),
  exe: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
  pdf: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1'),
  wav: Buffer.from(toneWav(1)),
  'broken wav': Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([36, 0, 0, 0]),
    Buffer.from('WAVE'),
    Buffer.from('không phải âm thanh '.repeat(20)),
  ]),
};

const call = (method: 'POST' | 'PUT' | 'GET' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: officer }, ...(payload ? { payload } : {}) });
/** Sends `bytes` as the form's file part `field` (with its length, for a streamed file). */
const putFile = async (url: string, field: string, bytes: Buffer) => {
  const size = field === 'file' ? { size: String(bytes.length) } : {};
  const form = await formBody({ ...size, [field]: { name: 'tep.bin', bytes } });
  return t.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: officer, ...form.headers },
    payload: form.payload,
  });
};
const created = async (url: string, payload: object): Promise<string> => {
  const res = await call('POST', url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};

interface Upload {
  use: FileUse;
  /** Creates the item the file is for; returns how to send it a file. */
  item: () => Promise<(bytes: Buffer) => Promise<number>>;
}

async function myUnit(): Promise<string> {
  return (await call('GET', '/api/v1/me')).json<{ unit: { id: string } }>().unit.id;
}

const UPLOADS: Record<string, Upload> = {
  'activity photo': {
    use: FILE_USES.activityPhoto,
    item: async () => {
      const id = await created('/api/v1/activities', {
        unitId: await myUnit(),
        occurredOn: '2022-05-02',
        channel: 'visual',
        categoryCode: 'bang_ron',
        quantity: 1,
      });
      return async (b) => (await putFile(`/api/v1/activities/${id}/photo`, 'photo', b)).statusCode;
    },
  },
  'claim screenshot': {
    use: FILE_USES.claimScreenshot,
    item: async () => {
      const id = await created('/api/v1/claims', {
        unitId: await myUnit(),
        text: 'Tin đồn: đi bầu cử phải nộp phí',
        platform: 'facebook',
        firstSeenOn: '2022-05-20',
      });
      return async (b) =>
        (await putFile(`/api/v1/claims/${id}/screenshot`, 'screenshot', b)).statusCode;
    },
  },
  'candidate photo': {
    use: FILE_USES.candidatePhoto,
    item: async () => {
      const id = await created('/api/v1/candidates', {
        districtId,
        fullName: 'Lê Văn Ảnh',
      });
      return async (b) => (await putFile(`/api/v1/candidates/${id}/photo`, 'photo', b)).statusCode;
    },
  },
  ...Object.fromEntries(
    (['audio', 'poster', 'legal'] as const).map((kind) => [
      `content file (${kind})`,
      {
        use: contentFileUse(kind),
        item: async () => {
          const id = await created('/api/v1/content', {
            unitId: await myUnit(),
            kind,
            title: `Tài liệu ${kind} kèm tệp`,
          });
          return async (b: Buffer) =>
            (await putFile(`/api/v1/content/${id}/file`, 'file', b)).statusCode;
        },
      } satisfies Upload,
    ]),
  ),
};

describe('the check before a create and the server agree', () => {
  for (const [name, upload] of Object.entries(UPLOADS))
    test(name, async () => {
      const send = await upload.item();
      const parted: string[] = [];
      for (const [sample, bytes] of Object.entries(SAMPLES)) {
        const checked = (await fileRefusal(upload.use, bytes, bytes.length)) === null;
        const status = await send(bytes);
        const kept = status >= 200 && status < 300;
        expect([sample, status >= 500]).toEqual([sample, false]);
        // Never a file refused here that the server keeps.
        expect([sample, kept && !checked]).toEqual([sample, false]);
        if (checked && !kept) parted.push(sample);
      }
      expect(parted).toEqual(name === 'content file (audio)' ? ['broken wav'] : []);
    });
});

test('an item whose file is refused after it was created is taken back and gone', async () => {
  const id = await created('/api/v1/content', {
    unitId: await myUnit(),
    kind: 'audio',
    title: 'Bản tin với tệp hỏng',
  });
  const refused = await putFile(`/api/v1/content/${id}/file`, 'file', SAMPLES['broken wav'] ?? PNG);
  expect(refused.statusCode).toBe(400);
  expect(refused.json<{ detail: string }>().detail).toContain('Không đọc được tệp âm thanh');
  expect((await call('DELETE', `/api/v1/content/${id}`)).statusCode).toBe(200);
  expect((await call('GET', `/api/v1/content/${id}`)).statusCode).toBe(404);
});

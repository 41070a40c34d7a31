import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SecurityWorld } from './security-world';

/** Files people upload and get back; the other file routes serve documents the server renders. */
export const STORED_FILE_ROUTES = new Set([
  'GET /api/v1/activities/{id}/photo',
  'GET /api/v1/content/{id}/file',
  'GET /api/v1/device/content/{id}/file',
  'GET /api/v1/claims/{id}/screenshot',
  'GET /api/v1/candidates/{id}/photo',
  'GET /api/v1/elections/{id}/milestones/{milestoneId}/evidence',
  'GET /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}/photo',
]);
export const RENDERED_FILE_ROUTES = new Set([
  'GET /api/v1/plans/{id}/document.docx',
  'GET /api/v1/plans/{id}/document.pdf',
  'GET /api/v1/reports/{id}/document.pdf',
  'GET /api/v1/plans/{id}/assignments.xlsx',
  'GET /api/v1/reports/summary.docx',
  'GET /api/v1/reports/summary.xlsx',
  'GET /api/v1/reports/{id}/docx',
  'GET /api/v1/elections/{id}/calendar.ics',
]);

/** JSON routes carrying a file in base64 that is kept and served back… */
export const BASE64_KEPT = new Set([
  'PUT /api/v1/candidates/{id}/photo',
  'PATCH /api/v1/elections/{id}/milestones/{milestoneId}',
  'PUT /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}',
]);
/**
 * …or only read (imports: the extracted rows or fields come back as JSON; a signed PDF checked;
 * a unit's certificate and images, kept sealed for the signer and never served back).
 */
export const BASE64_READ = new Set([
  'POST /api/v1/activities/import',
  'POST /api/v1/elections/{id}/polling/import',
  'POST /api/v1/imports',
  'POST /api/v1/stations/{id}/plays/import',
  'POST /api/v1/documents/verify',
  'PUT /api/v1/units/{id}/certificate',
]);

export const HTML = '<!doctype html><html><body><script>fetch("/api/v1/me")</script></body></html>';

/** A JPEG's first bytes with a page behind them: it passes a check by magic number. */
export const JPEG_WITH_HTML = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from(HTML),
]);

/** Pages dressed as files: by name, and by first bytes. */
export const DISGUISED = [
  { name: 'trang.html', bytes: Buffer.from(HTML) },
  {
    name: 'hinh.svg',
    bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
  },
  { name: 'anh.jpg', bytes: Buffer.from(HTML) },
  { name: 'anh.gif', bytes: Buffer.concat([Buffer.from('GIF89a'), Buffer.from(HTML)]) },
  { name: 'anh.jpg', bytes: JPEG_WITH_HTML },
];

/**
 * A response header as one text. light-my-request hands over what the server set: a header set
 * twice comes as a list, whatever Node's typing of well-known headers says, and reads joined.
 */
const headerText = (res: LightMyRequestResponse, name: string): string =>
  String(res.headers[name] ?? '');

/** Why a served file could run as a page of this origin, or null when it cannot. */
export function unsafeServing(res: LightMyRequestResponse): string | null {
  const type = headerText(res, 'content-type');
  const csp = headerText(res, 'content-security-policy');
  if (res.statusCode !== 200) return `answered ${res.statusCode}`;
  if (/html|svg|xml|javascript/i.test(type)) return `served as ${type}`;
  if (res.headers['x-content-type-options'] !== 'nosniff') return 'without nosniff';
  const attachment = headerText(res, 'content-disposition').startsWith('attachment');
  if (!attachment && !/(^|;)\s*sandbox\s*(;|$)/.test(csp)) return 'inline and not sandboxed';
  return null;
}

export interface KeptUpload {
  key: string;
  put: (name: string, bytes: Buffer) => Promise<LightMyRequestResponse>;
  get: () => Promise<LightMyRequestResponse>;
}

/** Every route that keeps an uploaded file, as Cẩm Bình's officer uploading to its own objects. */
export function keptUploads(app: FastifyInstance, w: SecurityWorld): KeptUpload[] {
  const cookie = w.cookies.cambinh;
  const { activity, content, claim, candidate, election, milestone } = w.cambinh;
  const raw = (url: string) => (name: string, bytes: Buffer) =>
    app.inject({
      method: 'PUT',
      url,
      headers: {
        cookie,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
      },
      payload: bytes,
    });
  const json = (method: 'PUT' | 'PATCH', url: string, payload: object) =>
    app.inject({ method, url, headers: { cookie }, payload });
  const get = (url: string) => () => app.inject({ url, headers: { cookie } });
  const evidence = `/api/v1/elections/${election.id}/milestones/${milestone.id}`;
  const part = `/api/v1/elections/${election.id}/milestones/${w.cambinhPart.milestoneId}/sub-units/${w.cambinhPart.villageId}`;
  return [
    {
      key: 'PUT /api/v1/activities/{id}/photo',
      put: raw(`/api/v1/activities/${activity.id}/photo`),
      get: get(`/api/v1/activities/${activity.id}/photo`),
    },
    {
      key: 'PUT /api/v1/content/{id}/file',
      put: raw(`/api/v1/content/${content.id}/file`),
      get: get(`/api/v1/content/${content.id}/file`),
    },
    {
      key: 'PUT /api/v1/claims/{id}/screenshot',
      put: raw(`/api/v1/claims/${claim.id}/screenshot`),
      get: get(`/api/v1/claims/${claim.id}/screenshot`),
    },
    {
      key: 'PUT /api/v1/candidates/{id}/photo',
      put: (_name, bytes) =>
        json('PUT', `/api/v1/candidates/${candidate.id}/photo`, {
          contentBase64: bytes.toString('base64'),
        }),
      get: get(`/api/v1/candidates/${candidate.id}/photo`),
    },
    {
      key: 'PATCH /api/v1/elections/{id}/milestones/{milestoneId}',
      put: (name, bytes) =>
        json('PATCH', evidence, {
          evidence: { done: true, file: { name, contentBase64: bytes.toString('base64') } },
        }),
      get: get(`${evidence}/evidence`),
    },
    {
      key: 'PUT /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}',
      put: (name, bytes) =>
        json('PUT', part, {
          doneOn: '2022-05-25',
          photo: { name, contentBase64: bytes.toString('base64') },
        }),
      get: get(`${part}/photo`),
    },
  ];
}

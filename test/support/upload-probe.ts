import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { methodOf } from './api-probe';
import { apiRoutes, formFiles, sampleFormFields } from './api-routes';
import { idSource, type SecurityWorld } from './security-world';
import { formBody } from './upload-form';

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

/** Upload forms whose file is kept and served back… */
export const FORMS_KEPT = new Set([
  'PUT /api/v1/activities/{id}/photo',
  'PUT /api/v1/content/{id}/file',
  'PUT /api/v1/claims/{id}/screenshot',
  'PUT /api/v1/candidates/{id}/photo',
  'PUT /api/v1/elections/{id}/milestones/{milestoneId}/evidence',
  'PUT /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}',
]);
/**
 * …or only read (imports: the extracted rows or fields come back as JSON; a signed PDF checked;
 * a unit's certificate and images, kept sealed for the signer and never served back).
 */
export const FORMS_READ = new Set([
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

/** Text fields a kept upload needs beyond the schema's sample, to be acted on. */
const KEPT_FIELDS: Record<string, Record<string, string>> = {
  'PUT /api/v1/elections/{id}/milestones/{milestoneId}/evidence': { done: 'true' },
  'PUT /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}': {
    doneOn: '2022-05-25',
  },
};

/** Every route that keeps an uploaded file, as the ward's officer uploading to its own objects. */
export function keptUploads(app: FastifyInstance, w: SecurityWorld): KeptUpload[] {
  const cookie = w.cookies.officer;
  const { activity, content, claim, candidate, election, milestone } = w.ward;
  const routes = new Map(apiRoutes(app).map((r) => [r.key, r]));
  const evidence = `/api/v1/elections/${election.id}/milestones/${milestone.id}`;
  const part = `/api/v1/elections/${election.id}/milestones/${w.wardPart.milestoneId}/sub-units/${w.wardPart.villageId}`;
  const upload =
    (key: string, url: string) =>
    async (name: string, bytes: Buffer): Promise<LightMyRequestResponse> => {
      const r = routes.get(key);
      if (!r?.form) throw new Error(`${key} takes no upload form`);
      const o = { ids: idSource(w.wardIds), optionalIds: false, where: key };
      const files = formFiles(r.form);
      const form = await formBody({
        ...sampleFormFields(r, o, bytes.length),
        ...KEPT_FIELDS[key],
        // The file of the form: its one required file, or its one optional one.
        [files.required[0] ?? files.optional[0] ?? 'file']: { name, bytes },
      });
      return app.inject({
        method: methodOf(r),
        url,
        headers: { cookie, ...form.headers },
        payload: form.payload,
      });
    };
  const get = (url: string) => () => app.inject({ url, headers: { cookie } });
  const kept = (key: string, url: string, served: string): KeptUpload => ({
    key,
    put: upload(key, url),
    get: get(served),
  });
  return [
    kept(
      'PUT /api/v1/activities/{id}/photo',
      `/api/v1/activities/${activity.id}/photo`,
      `/api/v1/activities/${activity.id}/photo`,
    ),
    kept(
      'PUT /api/v1/content/{id}/file',
      `/api/v1/content/${content.id}/file`,
      `/api/v1/content/${content.id}/file`,
    ),
    kept(
      'PUT /api/v1/claims/{id}/screenshot',
      `/api/v1/claims/${claim.id}/screenshot`,
      `/api/v1/claims/${claim.id}/screenshot`,
    ),
    kept(
      'PUT /api/v1/candidates/{id}/photo',
      `/api/v1/candidates/${candidate.id}/photo`,
      `/api/v1/candidates/${candidate.id}/photo`,
    ),
    kept(
      'PUT /api/v1/elections/{id}/milestones/{milestoneId}/evidence',
      `${evidence}/evidence`,
      `${evidence}/evidence`,
    ),
    kept(
      'PUT /api/v1/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}',
      part,
      `${part}/photo`,
    ),
  ];
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACTIVITY_TEMPLATE_HEADER } from '../../domain/activities/activity-import';
import { toCsv } from '../../contracts/csv';
import { createCategory } from '../../domain/activities/create-category';
import { deleteActivity } from '../../domain/activities/delete-activity';
import { findActivities } from '../../domain/activities/find-activities';
import { importActivities } from '../../domain/activities/import-activities';
import { recordActivity } from '../../domain/activities/record-activity';
import { tasksMetBy } from '../../domain/activities/tasks-met-by';
import type { Deps } from '../../domain/deps';
import {
  ActivityListQuerySchema,
  ActivityListResponseSchema,
  ActivityResponseSchema,
  CategoryListResponseSchema,
  CategorySchema,
  CreateCategoryRequestSchema,
  ActivityPhotoForm,
  ImportActivitiesForm,
  ImportActivitiesResponseSchema,
  RecordActivityRequestSchema,
  TasksMetQuerySchema,
  TasksMetResponseSchema,
} from '../../contracts/activities.contract';
import {
  IdParamsSchema,
  OkResponseSchema,
  problemResponses,
  uploadProblemResponses,
} from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { sendFile } from './upload';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';
import { activityPhoto, attachActivityPhoto } from '../../domain/activities/activity-photo';
import { toActivityResponse } from './activity-mappers';

const tags = ['activities'];

export function activitiesRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/activities',
      {
        schema: {
          tags,
          summary: "Activities of a unit's subtree, newest first",
          querystring: ActivityListQuerySchema,
          response: { 200: ActivityListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { items, total } = await findActivities(deps, requireActor(request), request.query);
        return { items: items.map(toActivityResponse), total };
      },
    );
    r.get(
      '/activities/tasks-met',
      {
        schema: {
          tags,
          summary: 'The open tasks an activity of this unit, channel and day would count towards',
          querystring: TasksMetQuerySchema,
          response: { 200: TasksMetResponseSchema, ...problemResponses },
        },
      },
      async (request) => tasksMetBy(deps, requireActor(request), request.query),
    );
    r.post(
      '/activities',
      {
        schema: {
          tags,
          summary: 'Record one activity',
          body: RecordActivityRequestSchema,
          response: { 201: ActivityResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            toActivityResponse(await recordActivity(deps, requireActor(request), request.body)),
          ),
    );
    r.delete(
      '/activities/:id',
      {
        schema: {
          tags,
          summary: 'Delete an activity entered by mistake',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await deleteActivity(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.post(
      '/activities/import',
      {
        ...uploadRoute(ImportActivitiesForm),
        schema: {
          tags,
          summary: 'Record activities from a .csv or .xlsx file; bad rows reported by line',
          response: { 200: ImportActivitiesResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { fields, files } = await readUploadForm(request, ImportActivitiesForm);
        return importActivities(deps, requireActor(request), {
          read: () => deps.parsers.spreadsheet(files.file.bytes),
          mode: fields.mode,
          ...(fields.dryRun ? { dryRun: true } : {}),
        });
      },
    );
    r.get(
      '/activities/template.csv',
      {
        schema: {
          tags,
          summary: 'The import template',
          response: { 200: z.string(), ...problemResponses },
        },
      },
      async (_request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', 'attachment; filename="mau-nhap-hoat-dong.csv"')
          .send(
            toCsv(ACTIVITY_TEMPLATE_HEADER, [
              [
                '05/04/2022',
                'Phường Cẩm Bình',
                'loudspeaker',
                'luot_phat',
                2,
                'Phát file ghi âm về bầu cử',
                '',
                '',
                '',
              ],
              [
                '26/03/2021',
                'Phường Cẩm Bình',
                'Đài phát thanh',
                'tin_bai',
                'trên 10',
                'Tin, bài về bầu cử trên phát thanh và truyền hình (một số liệu, hai kênh)',
                '',
                'Truyền hình',
                '',
              ],
            ]),
          ),
    );
    r.put(
      '/activities/:id/photo',
      {
        ...uploadRoute(ActivityPhotoForm),
        schema: {
          tags,
          summary: 'Keep a photo as evidence (a form with the image, ≤ 10 MB)',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...uploadProblemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { files } = await readUploadForm(request, ActivityPhotoForm);
        await attachActivityPhoto(deps, actor, request.params.id, files.photo.bytes);
        return { ok: true as const };
      },
    );
    r.get(
      '/activities/:id/photo',
      {
        schema: {
          tags,
          summary: 'The evidence photo of an activity',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const photo = await activityPhoto(deps, requireActor(request), request.params.id);
        return sendFile(reply, photo.file, photo.mediaType, 'minh-chung');
      },
    );
    r.get(
      '/activity-categories',
      {
        schema: {
          tags,
          summary: 'The catalogue of what outreach counts',
          response: { 200: CategoryListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        requireActor(request);
        return { items: await deps.repos.categories.list() };
      },
    );
    r.post(
      '/activity-categories',
      {
        schema: {
          tags,
          summary: 'Add a category to the catalogue (admins)',
          body: CreateCategoryRequestSchema,
          response: { 201: CategorySchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createCategory(deps, requireActor(request), request.body)),
    );
  };
}

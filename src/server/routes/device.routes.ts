import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deviceFile,
  devicePlays,
  deviceSchedule,
  deviceStatus,
} from '../../domain/broadcasts/device';
import type { Deps } from '../../domain/deps';
import { civilDate } from '../../domain/shared/dates';
import {
  DevicePlaysRequestSchema,
  DevicePlaysResponseSchema,
  DeviceScheduleQuerySchema,
  DeviceScheduleResponseSchema,
  DeviceStatusRequestSchema,
  DeviceStatusResponseSchema,
} from '../../contracts/broadcasts.contract';
import { IdParamsSchema, problemResponses } from '../../contracts/common';
import { requireStation } from '../plugins/auth';
import { sendFile } from './upload';

const tags = ['device'];
const security = [{ deviceToken: [] }];
// Checked in onRequest (plugins/auth.ts) from this config, before any body is read.
const config = { access: 'device' } as const;

/**
 * The device API for loudspeaker controllers: each station's token (Authorization: Bearer …)
 * reads its schedule, downloads audio, and reports plays and health. No session cookie.
 */
export function deviceRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/device/schedule',
      {
        config,
        schema: {
          tags,
          security,
          summary: 'The coming slots with audio URLs (ETag; 304 when unchanged)',
          querystring: DeviceScheduleQuerySchema,
          response: {
            200: DeviceScheduleResponseSchema,
            304: z.null().describe('Not modified: the schedule is the one of the ETag sent'),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const s = requireStation(request);
        const items = await deviceSchedule(deps, s, request.query.days);
        const base = `${request.protocol}://${request.host}`;
        const body = {
          stationId: s.id,
          stationName: s.name,
          generatedFor: civilDate(deps.clock.now()),
          items: items.map(({ stationIds: _ids, startsAt, ...p }) => ({
            ...p,
            startsAt: startsAt.toISOString(),
            occurrenceId: `${p.slotId}@${p.date}T${p.time}`,
            audioUrl: `${base}/api/v1/device/content/${p.contentId}/file`,
          })),
        };
        const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
        reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
        if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
        return body;
      },
    );
    r.get(
      '/device/content/:id/file',
      {
        config,
        schema: {
          tags,
          security,
          summary: 'Download an item this station may play',
          params: IdParamsSchema,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        const file = await deviceFile(deps, requireStation(request), request.params.id);
        return sendFile(reply, file.file, file.mediaType, file.name);
      },
    );
    r.post(
      '/device/plays',
      {
        config,
        schema: {
          tags,
          security,
          summary: 'Record plays; a play id already received is a duplicate and counts once',
          body: DevicePlaysRequestSchema,
          response: { 200: DevicePlaysResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const results = await devicePlays(
          deps,
          requireStation(request),
          request.body.plays.map((p) => ({ ...p, playedAt: new Date(p.playedAt) })),
        );
        const n = (s: string) => results.filter((x) => x.status === s).length;
        return {
          recorded: n('recorded'),
          duplicates: n('duplicate'),
          rejected: n('rejected'),
          results,
        };
      },
    );
    r.post(
      '/device/status',
      {
        config,
        schema: {
          tags,
          security,
          summary: 'Report the controller’s health',
          body: DeviceStatusRequestSchema,
          response: { 200: DeviceStatusResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const b = request.body;
        const at = await deviceStatus(deps, requireStation(request), {
          ok: b.ok,
          message: b.message ?? null,
          volume: b.volume ?? null,
          firmware: b.firmware ?? null,
        });
        return { receivedAt: at.toISOString() };
      },
    );
  };
}

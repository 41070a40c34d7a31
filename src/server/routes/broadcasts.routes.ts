import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { importPlays } from '../../domain/broadcasts/import-plays';
import { findPlays, logPlay } from '../../domain/broadcasts/record-play';
import { cancelSlot, createSlot } from '../../domain/broadcasts/slots';
import {
  createStation,
  findStations,
  rotateStationToken,
  updateStation,
} from '../../domain/broadcasts/stations';
import { schedulePlays } from '../../domain/broadcasts/week-schedule';
import type { Deps } from '../../domain/deps';
import {
  CreateSlotRequestSchema,
  CreateStationRequestSchema,
  ImportPlaysForm,
  ImportPlaysResponseSchema,
  LogPlayRequestSchema,
  PlayListQuerySchema,
  PlayListResponseSchema,
  PlayResponseSchema,
  ScheduleQuerySchema,
  ScheduleResponseSchema,
  SlotResponseSchema,
  StationCreatedResponseSchema,
  StationListQuerySchema,
  StationListResponseSchema,
  StationResponseSchema,
  TokenResponseSchema,
  UpdateStationRequestSchema,
} from '../../contracts/broadcasts.contract';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import { requireActor } from '../plugins/auth';
import { toSlotResponse, toStationResponse } from './content-mappers';
import { acceptUploadForms, readUploadForm, uploadRoute } from './upload-form';

const tags = ['broadcasts'];

export function broadcastsRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/stations',
      {
        schema: {
          tags,
          summary: 'Stations of your subtree, quiet ones flagged',
          querystring: StationListQuerySchema,
          response: { 200: StationListResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const items = await findStations(deps, requireActor(request), request.query);
        const now = deps.clock.now();
        return { items: items.map((s) => toStationResponse(s, now)) };
      },
    );
    r.post(
      '/stations',
      {
        schema: {
          tags,
          summary: 'Add a station; its controller token is returned this once',
          body: CreateStationRequestSchema,
          response: { 201: StationCreatedResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { station, token } = await createStation(deps, requireActor(request), request.body);
        return reply
          .code(201)
          .send({ station: toStationResponse(station, deps.clock.now()), token });
      },
    );
    r.patch(
      '/stations/:id',
      {
        schema: {
          tags,
          summary: 'Change who operates a station and its in-service day',
          params: IdParamsSchema,
          body: UpdateStationRequestSchema,
          response: { 200: StationResponseSchema, ...problemResponses },
        },
      },
      async (request) =>
        toStationResponse(
          await updateStation(deps, requireActor(request), request.params.id, request.body),
          deps.clock.now(),
        ),
    );
    r.post(
      '/stations/:id/plays/import',
      {
        ...uploadRoute(ImportPlaysForm),
        schema: {
          tags,
          summary:
            'Log past plays from a .csv or .xlsx play log, all or nothing; re-import adds nothing',
          params: IdParamsSchema,
          response: { 200: ImportPlaysResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { fields, files } = await readUploadForm(request, ImportPlaysForm);
        return importPlays(deps, requireActor(request), {
          stationId: request.params.id,
          read: () => deps.parsers.spreadsheet(files.file.bytes),
          ...(fields.dryRun ? { dryRun: true } : {}),
        });
      },
    );
    r.post(
      '/stations/:id/token',
      {
        schema: {
          tags,
          summary: 'Issue a new controller token (the old one stops working)',
          params: IdParamsSchema,
          response: { 200: TokenResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        token: await rotateStationToken(deps, requireActor(request), request.params.id),
      }),
    );
    r.get(
      '/broadcasts/schedule',
      {
        schema: {
          tags,
          summary:
            'Plays the schedule calls for in [from, to] (a week view), expired items left out',
          querystring: ScheduleQuerySchema,
          response: { 200: ScheduleResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { plays, slots } = await schedulePlays(deps, requireActor(request), request.query);
        return {
          plays: plays.map((p) => ({ ...p, startsAt: p.startsAt.toISOString() })),
          slots: slots.map(toSlotResponse),
        };
      },
    );
    r.post(
      '/broadcasts/slots',
      {
        schema: {
          tags,
          summary: 'Schedule an approved audio item on stations (emergency: at once)',
          body: CreateSlotRequestSchema,
          response: { 201: SlotResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(toSlotResponse(await createSlot(deps, requireActor(request), request.body))),
    );
    r.delete(
      '/broadcasts/slots/:id',
      {
        schema: {
          tags,
          summary: 'Take a slot off the schedule',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await cancelSlot(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
    r.post(
      '/broadcasts/plays',
      {
        schema: {
          tags,
          summary: 'Log a play by hand; it becomes an activity (lượt phát)',
          body: LogPlayRequestSchema,
          response: { 201: PlayResponseSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { status, play } = await logPlay(deps, requireActor(request), {
          ...request.body,
          playedAt: new Date(request.body.playedAt),
        });
        return reply.code(201).send({
          id: play.id,
          status,
          stationId: play.stationId,
          contentId: play.contentId,
          playedAt: play.playedAt.toISOString(),
          durationSeconds: play.durationSeconds,
        });
      },
    );
    r.get(
      '/broadcasts/plays',
      {
        schema: {
          tags,
          summary: 'The play log',
          querystring: PlayListQuerySchema,
          response: { 200: PlayListResponseSchema, ...problemResponses },
        },
      },
      async (request) => ({
        items: (await findPlays(deps, requireActor(request), request.query)).map((p) => ({
          id: p.id,
          stationId: p.stationId,
          stationName: p.stationName,
          contentId: p.contentId,
          contentTitle: p.contentTitle,
          playedAt: p.playedAt.toISOString(),
          durationSeconds: p.durationSeconds,
          source: p.source,
          createdAt: p.createdAt.toISOString(),
        })),
      }),
    );
  };
}

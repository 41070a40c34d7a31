import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vi } from 'zod/locales';
import type { Deps } from '../domain/deps';
import { portalRoutes } from '../portal/portal.routes';
import type { Prerender } from '../portal/prerender';
import { portalNews } from '../portal/portal-news';
import { registerAuth } from './plugins/auth';
import { registerIdempotency } from './plugins/idempotency';
import { registerOpenApi } from './plugins/openapi';
import { RequestLog } from './plugins/request-log';
import { registerSecurityHeaders } from './plugins/security-headers';
import { answerUnroutedEarly, registerProblemHandler } from './plugins/problem';
import { registerStorableText } from './plugins/storable-text';
import { dashboardFirstView } from './first-view/dashboard-route';
import { registerWebApp } from './plugins/web-app';
import { cdnPurger } from './adapters/cdn-purge';
import { auditRoutes } from './routes/audit.routes';
import { authRoutes } from './routes/auth.routes';
import { healthRoutes } from './routes/health.routes';
import { notificationsRoutes } from './routes/notifications.routes';
import { todayRoutes } from './routes/today.routes';
import { unitsRoutes } from './routes/units.routes';
import { usersRoutes } from './routes/users.routes';
import { planExportsRoutes } from './routes/plan-exports.routes';
import { certificatesRoutes } from './routes/certificates.routes';
import { inboxRoutes } from './routes/inbox.routes';
import { reportExportsRoutes } from './routes/report-exports.routes';
import { plansRoutes } from './routes/plans.routes';
import { planReceiptsRoutes } from './routes/plan-receipts.routes';
import { tasksRoutes } from './routes/tasks.routes';
import { groupsRoutes } from './routes/groups.routes';
import { activitiesRoutes } from './routes/activities.routes';
import { unitProgressRoutes } from './routes/unit-progress.routes';
import { reportsRoutes } from './routes/reports.routes';
import { electionsRoutes } from './routes/elections.routes';
import { milestonePartsRoutes } from './routes/milestone-parts.routes';
import { electionDataRoutes } from './routes/election-data.routes';
import { importsRoutes } from './routes/imports.routes';
import { contentRoutes } from './routes/content.routes';
import { broadcastsRoutes } from './routes/broadcasts.routes';
import { deviceRoutes } from './routes/device.routes';
import { claimsRoutes } from './routes/claims.routes';
import { calendarFeedsRoutes } from './routes/calendar-feeds.routes';
import { newsRoutes } from '../portal/news.routes';

export interface AppOptions {
  deps: Deps;
  /**
   * What the public portal reads through: `deps` with its repositories on a read replica
   * (DATABASE_READ_URL), and how long that replica may lag. Default: `deps`, no lag.
   */
  portal?: { deps: Deps; replicaLagMs: number };
  /**
   * Which hops may set X-Forwarded-For/-Proto (LOA_TRUST_PROXY): the client address the login
   * limiter counts, and whether the session cookie is Secure, come from there. Default: loopback.
   */
  trustProxy?: boolean | string;
  /** MB of portal election pages rendered ahead and kept (LOA_PRERENDER_MB); none when 0 or unset. */
  prerenderMb?: number;
  /** The CDN's tag-purge endpoint (LOA_CDN_PURGE_URL), told what each change makes stale. */
  cdnPurgeUrl?: string | undefined;
  ping: () => Promise<void>;
  engine: string;
  webDist: string;
  demo: boolean;
  bodyLimit: number;
  logLevel: string;
  /** Where log lines go; standard output otherwise. */
  logStream?: { write(line: string): void };
  /** Logins allowed per IP per window before 429. */
  loginRateLimit?: { max: number; timeWindow: number };
}

/** Builds the Fastify app from already-wired dependencies; main.ts and the tests both call it. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: opts.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    // One line per request instead of Fastify's two, none for public reads that went well.
    logController: new RequestLog(),
    bodyLimit: opts.bodyLimit,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Trusting every hop would let any client name its own address and dodge the login limiter.
    trustProxy: opts.trustProxy ?? 'loopback',
  });
  // Field messages of a 400 are read by people: in Vietnamese, like the rest of the problem.
  z.config(vi());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandler(app);
  registerStorableText(app);
  // Set as the request arrives, so every answer carries it, the early ones and errors included.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  registerSecurityHeaders(app);
  answerUnroutedEarly(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);
  let prerender: Prerender | null = null;
  await app.register(healthRoutes(opts.ping, opts.engine, () => prerender?.status() ?? null));
  // The session, device and CSRF checks guard exactly the routes registered in this scope.
  const api = async (scope: FastifyInstance): Promise<void> => {
    registerAuth(scope, opts.deps);
    registerIdempotency(scope, opts.deps);
    await scope.register(
      authRoutes(opts.deps, {
        loginRateLimit: opts.loginRateLimit ?? { max: 10, timeWindow: 60_000 },
      }),
    );
    await scope.register(unitsRoutes(opts.deps));
    await scope.register(usersRoutes(opts.deps));
    await scope.register(auditRoutes(opts.deps));
    await scope.register(notificationsRoutes(opts.deps));
    await scope.register(todayRoutes(opts.deps));
    await scope.register(plansRoutes(opts.deps));
    await scope.register(planReceiptsRoutes(opts.deps));
    await scope.register(planExportsRoutes(opts.deps));
    await scope.register(certificatesRoutes(opts.deps));
    await scope.register(inboxRoutes(opts.deps));
    await scope.register(reportExportsRoutes(opts.deps));
    await scope.register(tasksRoutes(opts.deps));
    await scope.register(activitiesRoutes(opts.deps));
    await scope.register(unitProgressRoutes(opts.deps));
    await scope.register(reportsRoutes(opts.deps));
    await scope.register(groupsRoutes(opts.deps));
    await scope.register(electionsRoutes(opts.deps));
    await scope.register(milestonePartsRoutes(opts.deps));
    await scope.register(electionDataRoutes(opts.deps));
    await scope.register(calendarFeedsRoutes(opts.deps));
    await scope.register(importsRoutes(opts.deps));
    await scope.register(contentRoutes(opts.deps));
    await scope.register(broadcastsRoutes(opts.deps));
    await scope.register(deviceRoutes(opts.deps));
    await scope.register(claimsRoutes(opts.deps));
  };
  await app.register(api, { prefix: '/api/v1' });
  const portalDeps = opts.portal?.deps ?? opts.deps;
  await app.register(
    portalRoutes({
      demo: opts.demo,
      deps: portalDeps,
      news: portalNews(portalDeps),
      replicaLagMs: opts.portal?.replicaLagMs ?? 0,
      ...(opts.prerenderMb
        ? {
            prerender: { maxBytes: opts.prerenderMb * 2 ** 20, onReady: (p) => (prerender = p) },
          }
        : {}),
      ...(opts.cdnPurgeUrl ? { purge: cdnPurger(opts.cdnPurgeUrl, app.log) } : {}),
    }),
  );
  await app.register(newsRoutes({ deps: portalDeps, demo: opts.demo }));
  await registerWebApp(app, opts.webDist, { '/app/dashboard': dashboardFirstView });
  return app;
}

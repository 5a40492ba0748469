import type { FastifyInstance } from 'fastify';
import { appCalendarCoverage } from './calendar.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const databaseUp = await app.deps.db.ping();
    return reply.status(databaseUp ? 200 : 503).send({
      status: databaseUp ? 'ok' : 'degraded',
      database: { kind: app.deps.db.kind, status: databaseUp ? 'up' : 'down' },
      // A missing next year is no outage: reported here (and logged daily), the status stays 200.
      calendar: appCalendarCoverage(app),
    });
  });

  // Browsers ask for /favicon.ico on every page; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', async (_request, reply) =>
    reply.status(204).header('cache-control', 'public, max-age=86400').send(),
  );
}

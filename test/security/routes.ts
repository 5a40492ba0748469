// The routes a built app really serves, read from Fastify's router (printRoutes), so a test can
// demand a row for every one — including routes added outside apiRoute() (binary downloads).
import type { FastifyInstance } from 'fastify';

/** `METHOD /path` with every `:param` reduced to `:` — find-my-way merges names at one position. */
export function routeKey(key: string): string {
  return key.replace(/:[A-Za-z0-9_]+(\|:[A-Za-z0-9_]+)*/g, ':');
}

/** Every method + path below /api/v1 (HEAD mirrors GET and is left out), as `routeKey`s. */
export async function registeredRoutes(app: FastifyInstance, prefix = '/api/v1'): Promise<string[]> {
  await app.ready();
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const keys = new Set<string>();
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const path = stack.join('');
    if (!path.startsWith(`${prefix}/`)) continue;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim())) {
      if (method && method !== 'HEAD') keys.add(routeKey(`${method} ${path.slice(prefix.length)}`));
    }
  }
  return [...keys].sort();
}

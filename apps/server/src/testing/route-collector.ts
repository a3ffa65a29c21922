import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance, RouteOptions } from 'fastify';

export interface CollectedRoute {
  method: string;
  url: string;
  config: { public?: boolean; roles?: readonly string[] } & Record<string, unknown>;
}

/**
 * Collects every route of every Fastify instance created while `fn` runs, through Fastify's
 * `fastify.initialization` diagnostics channel: the app's boot order stays untouched, and a route
 * added anywhere (module, plugin, proxy) is seen exactly as Fastify registers it.
 */
export async function collectRoutes<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; routes: CollectedRoute[] }> {
  const routes: CollectedRoute[] = [];
  const channel = diagnostics.channel('fastify.initialization');
  const onInit = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        routes.push({ method, url: route.url, config: (route.config ?? {}) as CollectedRoute['config'] });
      }
    });
  };
  channel.subscribe(onInit);
  try {
    return { result: await fn(), routes };
  } finally {
    channel.unsubscribe(onInit);
  }
}

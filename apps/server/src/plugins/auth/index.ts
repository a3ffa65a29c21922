import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, SessionUser } from '@plainstaff/contracts/auth';
import { AppError } from '../../errors';
import { deriveKey } from '../../lib/secrets';
import { sessionRepository } from './session.repository';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, login). Everything else under /api needs one. */
    public?: boolean;
    /** Roles allowed; absent = every signed-in user. */
    roles?: readonly Role[];
  }
  interface FastifyInstance {
    sessions: {
      start(reply: FastifyReply, userId: number): Promise<void>;
      end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
      endAllFor(userId: number): Promise<void>;
    };
  }
}

export const SESSION_COOKIE = 'ps_session';
const IDLE_MS = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export interface AuthPluginOptions {
  appSecret: string;
}

export default fp<AuthPluginOptions>(
  async (app, opts) => {
    await app.register(cookie, { secret: deriveKey(opts.appSecret, 'cookie').toString('base64') });
    const repo = sessionRepository(app.db);
    app.decorateRequest('user', null);

    app.decorate('sessions', {
      async start(reply, userId) {
        const token = crypto.randomBytes(32).toString('base64url');
        const now = new Date();
        await repo.deleteExpired(now.toISOString());
        await repo.insert({
          id: hashToken(token),
          userId,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + IDLE_MS).toISOString(),
        });
        void reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: reply.request.protocol === 'https',
          signed: true,
          maxAge: IDLE_MS / 1000,
        });
      },
      async end(request, reply) {
        const token = readToken(request);
        if (token) await repo.delete(hashToken(token));
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      },
      async endAllFor(userId) {
        await repo.deleteForUser(userId);
      },
    });

    function readToken(request: FastifyRequest): string | null {
      const raw = request.cookies[SESSION_COOKIE];
      if (!raw) return null;
      const unsigned = request.unsignCookie(raw);
      return unsigned.valid ? unsigned.value : null;
    }

    // Default deny: every /api route needs a session unless it says `public`, and a role when it lists roles.
    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const config = request.routeOptions.config;
      const token = readToken(request);
      if (token) {
        const now = new Date();
        const row = await repo.findActiveUser(hashToken(token), now.toISOString());
        if (row) {
          request.user = {
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role,
            language: row.language,
          };
          // Sliding expiry, written at most every few minutes rather than on every request.
          if (Date.parse(row.expires_at) - now.getTime() < IDLE_MS - 5 * 60 * 1000) {
            await repo.extend(hashToken(token), new Date(now.getTime() + IDLE_MS).toISOString());
          }
        }
      }
      if (config?.public) return;
      if (!request.user) throw new AppError('UNAUTHENTICATED');
      if (config?.roles && !config.roles.includes(request.user.role)) throw new AppError('FORBIDDEN');
    });
  },
  { name: 'auth', dependencies: ['db'] },
);

/** The signed-in user; only call on routes that are not `public`. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED');
  return request.user;
}

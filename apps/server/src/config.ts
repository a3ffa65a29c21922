import { z } from 'zod';

// The runtime contract (PRODUCT §6). Parsed once at boot; nothing else reads process.env.
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must start with postgres://' })
    .optional(),
  APP_SECRET: z.string().min(32, { error: 'APP_SECRET needs at least 32 characters' }).optional(),
  BILLOMAT_BASE_URL: z.url({ error: 'BILLOMAT_BASE_URL must be a URL' }).optional(),
  ADMIN_EMAIL: z.email({ error: 'ADMIN_EMAIL must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z.string().min(10, { error: 'ADMIN_PASSWORD needs at least 10 characters' }).optional(),
  DEMO: z.enum(['0', '1'], { error: 'DEMO must be 0 or 1' }).default('1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** billomat's request limit per account and window; lower it when another tool shares the account. */
  BILLOMAT_QUOTA: z.coerce.number().int().min(1).max(100_000).default(300),
  /** The window of that limit in seconds (billomat: 15 minutes). */
  BILLOMAT_QUOTA_WINDOW: z.coerce.number().int().min(1).max(86_400).default(900),
  /** How long one billomat request may take before its outcome counts as unclear (milliseconds). */
  BILLOMAT_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  /**
   * A billing run's owner renews its lease this often ×3; another instance takes the run over this
   * long after the owner stopped renewing (milliseconds).
   */
  BILLING_RUN_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  /** Demo mode only: the in-process billomat sandbox's port (0 = any free port). */
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  /** Demo mode only: token for the sandbox's /__sandbox control API (tests); random when absent. */
  SANDBOX_CONTROL_TOKEN: z.string().min(8).optional(),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  appSecret: string | undefined;
  billomatBaseUrl: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  logLevel: string;
  trustProxy: boolean;
  billomatQuota: { perWindow: number; windowMs: number };
  billomatTimeoutMs: number;
  billingRunLeaseMs: number;
  sandboxPort: number;
  sandboxControlToken: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    appSecret: e.APP_SECRET,
    billomatBaseUrl: e.BILLOMAT_BASE_URL ?? 'https://{id}.billomat.net',
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    demo: e.DEMO === '1',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === '1',
    billomatQuota: { perWindow: e.BILLOMAT_QUOTA, windowMs: e.BILLOMAT_QUOTA_WINDOW * 1000 },
    billomatTimeoutMs: e.BILLOMAT_TIMEOUT_MS,
    billingRunLeaseMs: e.BILLING_RUN_LEASE_MS,
    sandboxPort: e.SANDBOX_PORT,
    sandboxControlToken: e.SANDBOX_CONTROL_TOKEN,
  };
}

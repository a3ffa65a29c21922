import path from 'node:path';
import type { AppConfig } from '../config';

export const DEMO_BILLOMAT = { id: 'demo', apiKey: 'demo-0123456789abcdef0123456789abcdef' } as const;

export interface DemoSandbox {
  url: string;
  baseUrlTemplate: string;
  demoAccount: typeof DEMO_BILLOMAT;
  close(): Promise<void>;
}

/** Demo mode runs the billomat sandbox in-process; its state lives in DATA_DIR across restarts. */
export async function startDemoSandbox(config: AppConfig): Promise<DemoSandbox> {
  // Loaded only in demo mode: a company's installation never starts the sandbox.
  const { startSandbox } = await import('billomat-sandbox');
  const sandbox = await startSandbox({
    port: config.sandboxPort,
    ...(config.sandboxControlToken ? { controlToken: config.sandboxControlToken } : {}),
    host: '127.0.0.1',
    dataFile: path.join(config.dataDir, 'billomat-sandbox.json'),
  });
  return {
    url: sandbox.url,
    baseUrlTemplate: sandbox.baseUrlTemplate,
    demoAccount: DEMO_BILLOMAT,
    close: () => sandbox.close(),
  };
}

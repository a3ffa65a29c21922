// Tables of migration 014 that no single module owns: several server instances share them.
declare module './database' {
  interface Database {
    billomat_quota: BillomatQuotaTable;
    rate_limit_hits: RateLimitHitsTable;
  }
}

export interface BillomatQuotaTable {
  billomat_id: string;
  remaining: number;
  /** Epoch milliseconds. */
  reset_at: number;
  confirmed: number;
}

export interface RateLimitHitsTable {
  key: string;
  hits: number;
  /** Epoch milliseconds. */
  reset_at: number;
}

// The exports module's public face. Everything else in modules/exports is private to it: other
// modules use `app.exports` (decorated by exportsPlugin) and the types below (lint: import-direction).
export { exportsPlugin, type ExportsPluginOptions } from './exports.plugin';
export { exportsRoutes } from './exports.routes';
export type { ExportPlan, ExportResult, ExportsApi } from './exports.service';
export type { ExportRow } from './exports.repository';
export type { ExportStatus } from './exports.tables';
export type { ComputedPreview } from './preview/compute';
export type { ExportHooks, ExportRuntime } from './protocol';
export { invoiceNumberLabel } from './invoice-number';
export { invoicedExports, invoicedNetSum } from './invoiced';

// The billing-runs module's public face: `app.billingRuns` (decorated by billingRunsPlugin) and HTTP.
export { billingRunsPlugin, type BillingRunsApi, type BillingRunsPluginOptions } from './billing-runs.plugin';
export { billingRunsRoutes } from './billing-runs.routes';

export { IntegrationsPage as default } from '../../features/integrations/components/integrations-page';

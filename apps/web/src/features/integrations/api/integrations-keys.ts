export const integrationsKeys = {
  all: ['integrations'] as const,
  billomat: ['integrations', 'billomat'] as const,
  templates: ['integrations', 'billomat', 'templates'] as const,
};
